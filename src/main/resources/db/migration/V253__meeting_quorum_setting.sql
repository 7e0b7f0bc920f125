-- The PRG meeting's quorum becomes a versioned board setting (settings.MeetingQuorum). Versions stored
-- before it take the default the configuration had: 3 members from 2 agencies.
alter table board_settings add column quorum_members integer default 3 not null;
alter table board_settings add column quorum_agencies integer default 2 not null;
