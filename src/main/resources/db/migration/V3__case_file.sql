-- The case file a referral opens, and where it stands (kept current from the process).
create table case_file (
    reference        varchar(20) not null primary key,
    stage            varchar(40) not null,
    stage_changed_at timestamp(6) with time zone not null,
    created_at       timestamp(6) with time zone not null,
    purpose          varchar(40) not null,
    merged_into      varchar(20)
);

-- One row per year; year 0 is the row locked while a year's row is first created, so that two
-- submissions can never race to create it. References have no gaps: the counter is advanced in
-- the transaction that writes the referral.
create table case_reference_counter (
    counter_year int not null primary key,
    last_number  int not null
);
insert into case_reference_counter (counter_year, last_number) values (0, 0);
