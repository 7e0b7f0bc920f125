-- What a person has typed on a task's form and not sent yet ("Save and come back later", and saved as
-- they type): read back by that person only, on that task's page; removed when the task is completed.
create table task_draft (
    task_id     varchar(64)  not null,
    username    varchar(100) not null,
    values_json text         not null,
    saved_at    timestamp(6) with time zone not null,
    primary key (task_id, username)
);
