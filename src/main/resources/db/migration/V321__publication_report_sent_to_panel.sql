-- A local child safeguarding practice review's final report goes to the national panel and the Secretary of
-- State at least 7 working days before publication (SI 2018/789 reg. 16): the day the business unit sent it.
-- Null for an SCR or a lesser review.
alter table publication_pack add column report_sent_on date;
