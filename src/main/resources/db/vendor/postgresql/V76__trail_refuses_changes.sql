-- PostgreSQL only (spring.flyway.locations includes db/vendor/{vendor}): the trail refuses every
-- update and delete, whoever asks, so that an edit needs the table owner to drop this trigger
-- first, which itself leaves the chain broken for verification to name.
create function trail_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'trail_event is append-only: % refused', tg_op;
end;
$$;

create trigger trail_event_append_only
    before update or delete on trail_event
    for each row execute function trail_event_refuse_change();

create trigger trail_event_no_truncate
    before truncate on trail_event
    for each statement execute function trail_event_refuse_change();
