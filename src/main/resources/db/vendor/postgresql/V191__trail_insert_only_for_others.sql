-- PostgreSQL only. Whatever default privileges gave other roles (db/roles/postgresql-application-role.sql
-- grants the application's role read and write on every table), the trail and its checkpoints may be
-- inserted into and read by them, never updated, deleted, truncated or given a trigger: only the
-- owner may, and the owner is not the role the application connects as (docs/auditing.md).
do $$
declare
    grantee_name text;
begin
    for grantee_name in
        select distinct grantee from information_schema.role_table_grants
        where table_schema = current_schema() and table_name in ('trail_event', 'trail_checkpoint')
          and grantee <> current_user
    loop
        execute format('revoke update, delete, truncate, references, trigger on trail_event, trail_checkpoint from %s',
                       case when grantee_name = 'PUBLIC' then 'public' else quote_ident(grantee_name) end);
    end loop;
end;
$$;
