-- The grants for running Practice Review on PostgreSQL with two roles (docs/auditing.md
-- "The application's database role"): the OWNER role owns the schema and runs Flyway
-- (spring.flyway.user, PRACTICE_REVIEW_DB_OWNER_USER); the application connects as
-- practice_review_app (PRACTICE_REVIEW_DB_USER), which may insert into the trail and read it but
-- not change, delete, truncate, alter, drop or disable anything of it: ALTER, DROP and DISABLE
-- TRIGGER need ownership, which it never has.
--
-- Run as the owner, connected to the application's database, before the first start and again
-- after every upgrade (it is idempotent):
--     psql -v ON_ERROR_STOP=1 -U practice_review -d practice_review -f postgresql-application-role.sql
-- The application role itself is created once by a database administrator:
--     create role practice_review_app login password '...';
-- The embedded-PostgreSQL tests run this file as it is: TrailRoleOnPostgresTests on a migrated
-- database, ApplicationRoleOnPostgresTests before the first start (then the application runs as
-- practice_review_app).

-- The schema: use it, and create tables in it (Camunda creates and upgrades its own engine tables
-- at start, camunda.bpm.database.schema-update); creating grants no right over the owner's tables.
grant usage, create on schema public to practice_review_app;

-- Every application table, now and as later migrations create them: read and write rows.
grant select, insert, update, delete on all tables in schema public to practice_review_app;
grant usage, select on all sequences in schema public to practice_review_app;
alter default privileges in schema public grant select, insert, update, delete on tables to practice_review_app;
alter default privileges in schema public grant usage, select on sequences to practice_review_app;

-- The trail and its checkpoints: insert and read only. (trail_head moves with every append; a head
-- moved back is found by the signed checkpoints.) The PostgreSQL migration V191 makes the same
-- revocation when Flyway creates these tables after the default privileges above were set; before
-- the first start they do not exist yet, so this part waits for them.
do $$
begin
    if to_regclass('trail_event') is not null then
        revoke update, delete, truncate, references, trigger on trail_event, trail_checkpoint from practice_review_app;
        revoke update, delete, truncate, references, trigger on trail_event, trail_checkpoint from public;
        revoke truncate, references, trigger on trail_head from practice_review_app;
    end if;
end
$$;
