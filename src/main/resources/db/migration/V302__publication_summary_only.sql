-- A review is published with its report, or the business unit records that only a summary is published
-- and why (for the board and the chair; the public page says only that a summary is published). Null:
-- the full report is published, and the chair cannot approve until it has been uploaded.
alter table publication_pack add column summary_only_reason varchar(2000);
