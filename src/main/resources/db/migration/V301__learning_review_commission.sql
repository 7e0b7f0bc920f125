-- When a referral for learning or good practice went to the PRG as its review (module decision): the
-- referrer's "My referrals" shows it as the outcome, dated, as it shows the chair's decisions. The type
-- of review follows from the referral's purpose, so it is not kept twice. Cases commissioned before
-- this table are read back from the trail's "Review commissioned" by the system (no chair's decision).
create table learning_review_commission (
    case_reference  varchar(20) not null primary key,
    commissioned_at timestamp(6) with time zone not null
);

insert into learning_review_commission (case_reference, commissioned_at)
select t.case_reference, min(t.occurred_at)
from trail_event t
where t.action = 'REVIEW_COMMISSIONED' and t.actor = 'system' and t.case_reference is not null
  and not exists (select 1 from scr_decision d where d.case_reference = t.case_reference)
group by t.case_reference;
