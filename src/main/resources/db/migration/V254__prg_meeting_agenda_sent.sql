-- When the agenda of a PRG meeting was last mailed to its members, and by whom (meetings.MeetingMails):
-- the meeting page says "Agenda sent on ..." only once the mails are in the outbox.
alter table prg_meeting add column agenda_sent_at timestamp(6) with time zone;
alter table prg_meeting add column agenda_sent_by varchar(100);
