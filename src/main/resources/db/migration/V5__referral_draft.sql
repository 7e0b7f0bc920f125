-- A referral being written: the raw values of each section page, visible to its owner only.
create table referral_draft (
    id           varchar(36)  not null primary key,
    owner        varchar(100) not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    content_json text         not null
);
create index ix_referral_draft_owner on referral_draft (owner);
