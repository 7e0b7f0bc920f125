-- The review's six-month target as its clock counts it (from the start, or for a local child safeguarding
-- practice review from the safeguarding partners' decision to initiate it), and that decision's date.
-- Reviews begun before this version have neither; their target is still on their process.
alter table review add column target_due timestamp(6) with time zone;
alter table review add column decision_to_initiate_on date;
