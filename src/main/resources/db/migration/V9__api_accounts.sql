-- Agency system accounts: users (role AGENCY) that act for their agency through /api only.
-- No foreign key to app_user: V9 runs before V50 creates it (V7-V9 were the free slots);
-- SystemAccounts writes both rows in one transaction.
create table api_account (
    username   varchar(100) not null primary key,
    created_at timestamp(6) with time zone not null
);

-- API tokens: shown once when issued, stored only as the SHA-256 hash of their secret part.
-- The token id (public, part of the token) finds the row; the hash is then compared in constant time.
create table api_token (
    id           varchar(32)  not null primary key,
    username     varchar(100) not null references api_account (username),
    name         varchar(100) not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone
);
create index ix_api_token_username on api_token (username);

-- Idempotency keys of POST /api/referrals, written in the transaction of the submission: the
-- primary key makes a concurrent duplicate wait for, then fail against, the first one.
create table api_idempotency_key (
    username        varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    case_reference  varchar(20),
    stage           varchar(40),
    submitted_at    timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    primary key (username, idempotency_key)
);
