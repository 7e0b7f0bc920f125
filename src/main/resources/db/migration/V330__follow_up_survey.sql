-- When the agencies of a published review are asked "what changed in practice?" becomes a versioned
-- board setting (settings.FollowUpSurvey). Versions stored before it take the defaults: six months
-- after publication, a reminder after 20 working days.
alter table board_settings add column survey_months integer default 6 not null;
alter table board_settings add column survey_reminder_days integer default 20 not null;
