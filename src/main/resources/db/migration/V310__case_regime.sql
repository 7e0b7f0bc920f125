-- Which law a case follows (shared.Regime): the serious case review of the LSCB Regulations 2006 or the
-- child safeguarding practice review of the 2018 arrangements. A board setting says which regime new cases
-- follow and from which day; every version stored before it, and every case referred before it, is a
-- serious case review, which is what the product ran.
alter table board_settings add column new_case_regime varchar(20) default 'SCR_2006' not null;
alter table board_settings add column new_arrangements_from date;

-- Recorded at referral and never changed (referral.internal.CaseFile).
alter table case_file add column regime varchar(20) default 'SCR_2006' not null;
