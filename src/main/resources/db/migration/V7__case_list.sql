-- The case list (referral.CaseIndex): newest first, optionally by stage or purpose, at any number of cases.
create index ix_case_file_created on case_file (created_at, reference);
create index ix_case_file_stage_created on case_file (stage, created_at);
create index ix_case_file_purpose_created on case_file (purpose, created_at);
