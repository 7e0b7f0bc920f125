-- Withdrawn agency tasks: the coordinator stopped waiting for one agency's summary (screening) or
-- report (review), with a reason; and the agency report round closed before every agency answered.

create table information_request_withdrawal (
    request_id   bigint        not null references information_request (id),
    position     int           not null,
    agency_code  varchar(40)   not null,
    reason       varchar(1000) not null,
    withdrawn_by varchar(100)  not null,
    withdrawn_at timestamp(6) with time zone not null,
    primary key (request_id, position)
);

create table review_report_withdrawal (
    review_id    bigint        not null references review (id),
    position     int           not null,
    agency_code  varchar(40)   not null,
    reason       varchar(1000) not null,
    withdrawn_by varchar(100)  not null,
    withdrawn_at timestamp(6) with time zone not null,
    primary key (review_id, position)
);

alter table review add column report_round_closed_at timestamp(6) with time zone;
alter table review add column report_round_closed_by varchar(100);
alter table review add column report_round_close_reason varchar(1000);
