-- The board's settings, one row per version: a change adds a version and never edits one, so the
-- settings in force at any time can be read back. The first version is written at start from the
-- configuration (settings.BoardSettings).
create table board_settings (
    version                  integer      not null primary key,
    board_name               varchar(200) not null,
    national_panel_address   varchar(320),
    ofsted_address           varchar(320),
    chair_address            varchar(320),
    business_unit_address    varchar(320),
    board_members_address    varchar(320),
    working_day_region       varchar(20)  not null,
    agency_summary_days      integer      not null,
    decision_period_months   integer      not null,
    notice_period_days       integer      not null,
    changed_by               varchar(100) not null,
    changed_at               timestamp(6) with time zone not null
);

-- Which settings version a case's clock started under: a later change never moves its deadline.
create table case_clock_settings (
    case_reference   varchar(20)  not null,
    clock            varchar(40)  not null,
    settings_version integer      not null references board_settings (version),
    started_at       timestamp(6) with time zone not null,
    primary key (case_reference, clock, started_at)
);
