-- The board's working-day targets for the steps no statute times (settings.WorkingDayTargets). Versions
-- stored before them take the defaults, as the installation would have had.
alter table board_settings add column triage_days integer default 2 not null;
alter table board_settings add column agency_request_days integer default 3 not null;
alter table board_settings add column screening_days integer default 5 not null;
alter table board_settings add column recommendation_days integer default 3 not null;
alter table board_settings add column referrer_reply_days integer default 5 not null;
alter table board_settings add column publication_days integer default 20 not null;
