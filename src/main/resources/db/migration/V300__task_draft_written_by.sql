-- A draft moves with its task when the task is given to someone else (a lead reviewer replaced, a task
-- reassigned), so that nobody retypes: written_by names who saved it, while username is who now holds
-- it. Null when the holder saved it themselves.
alter table task_draft add column written_by varchar(100);
