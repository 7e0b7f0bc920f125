-- The chair's override of the findings of one check round, with the reason; and when the pack was
-- last checked, so a revision that only replaces an uploaded report can be checked again.
alter table publication_pack add column override_reason varchar(2000);
alter table publication_pack add column overridden_by varchar(100);
alter table publication_pack add column overridden_round int default 0 not null;
alter table publication_pack add column last_checked_at timestamp(6) with time zone;
