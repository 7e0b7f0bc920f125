-- Administration (issue 16): accounts are deactivated, never deleted, so that their history stays
-- attributable; a temporary password must be changed at the first sign-in; one-time sign-in links
-- are kept only as the SHA-256 hash of their secret; each agency has a safeguarding mailbox.
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column deactivated_at timestamp(6) with time zone;

create table sign_in_link (
    id          varchar(32)  not null primary key,
    username    varchar(100) not null references app_user (username),
    secret_hash varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    used_at     timestamp(6) with time zone
);
create index ix_sign_in_link_username on sign_in_link (username);

alter table agency add column mailbox varchar(320);
