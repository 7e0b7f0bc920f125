-- The case list filtered by stage or purpose (referral.CaseIndex) reads its page in index order and stops
-- after one page: the filter's column, then newest first, the reference breaking ties. With (stage,
-- created_at) alone the database read every case at the stage and sorted them, and H2 worked out each
-- one's next due date first: 6,400 closed cases at 10,000 (benchmark, round 6).
drop index ix_case_file_stage_created;
create index ix_case_file_stage_created on case_file (stage, created_at, reference);
drop index ix_case_file_purpose_created;
create index ix_case_file_purpose_created on case_file (purpose, created_at, reference);
