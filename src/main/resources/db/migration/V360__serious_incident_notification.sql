-- The 2018 route's serious incident notification (Children Act 2004 s.16C), one per case: the day the local
-- authority became aware and the facts the notification criteria read; the criteria's answer with the table's
-- key, version, tag and rule; the notification to the national panel (its date, the panel's reference, the
-- stored copy) and when Ofsted and the Secretary of State were told of a looked-after child's death.
create table serious_incident_notification (
    case_reference                 varchar(20)   not null primary key,
    became_aware_on                date          not null,
    looked_after_child             boolean       not null,
    abuse_or_neglect               boolean       not null,
    child_died                     boolean       not null,
    child_seriously_harmed         boolean       not null,
    where_harmed                   varchar(40)   not null,
    recorded_by                    varchar(100)  not null,
    recorded_at                    timestamp(6) with time zone not null,
    notify_panel                   boolean,
    notify_ofsted_and_sos          boolean,
    reason                         varchar(2000),
    decision_key                   varchar(100),
    decision_version               integer,
    decision_version_tag           varchar(100),
    rule_id                        varchar(100),
    evaluated_at                   timestamp(6) with time zone,
    panel_due_on                   date,
    panel_notified_on              date,
    panel_reference                varchar(100),
    copy_document_id               bigint,
    panel_recorded_by              varchar(100),
    panel_recorded_at              timestamp(6) with time zone,
    ofsted_and_sos_told_at         timestamp(6) with time zone
);
-- The settings' address of the Secretary of State (the Department for Education's notification mailbox).
alter table board_settings add column secretary_of_state_address varchar(320);
