package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grants an operator runs (db/roles/postgresql-application-role.sql), run as they are by the
 * schema's owner: the application's role then appends to the trail and reads it, and every way of
 * changing it, or of switching off the trigger that guards it, is refused by PostgreSQL.
 */
@PostgresIntegrationTest
class TrailRoleOnPostgresTests {

    static final Path GRANTS = Path.of("src/main/resources/db/roles/postgresql-application-role.sql");
    static final Path MIGRATION = Path.of("src/main/resources/db/vendor/postgresql/V191__trail_insert_only_for_others.sql");
    static final String APP_ROLE = "practice_review_app";
    static final String APP_PASSWORD = "fictional-app-password";

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @BeforeEach
    void theOperatorRanTheGrants() throws Exception {
        jdbc.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                + "create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'; end if; end $$");
        jdbc.execute(Files.readString(GRANTS, StandardCharsets.UTF_8)); // as psql -f runs it: every statement in turn
    }

    private Connection asTheApplication() throws SQLException {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        return DriverManager.getConnection(url, APP_ROLE, APP_PASSWORD);
    }

    @Test
    void theApplicationsRoleAppendsToTheTrailAndReadsIt() throws Exception {
        try (Connection app = asTheApplication()) {
            app.setAutoCommit(false);
            long seq;
            String previous;
            try (Statement s = app.createStatement();
                 ResultSet head = s.executeQuery("select last_seq, last_hash from trail_head where id = 1 for update")) {
                head.next();
                seq = head.getLong(1) + 1;
                previous = head.getString(2).strip();
            }
            Instant at = Instant.parse("2026-11-25T12:00:00Z");
            String hash = TrailHashing.hash(seq, null, at.toString(), "role.test", "SYSTEM", "TRAIL_EXPORTED", "", previous);
            try (PreparedStatement insert = app.prepareStatement("insert into trail_event (seq, case_reference, occurred_at, actor, "
                    + "actor_role, action, details, previous_hash, hash) values (?, null, ?, 'role.test', 'SYSTEM', 'TRAIL_EXPORTED', '', ?, ?)")) {
                insert.setLong(1, seq);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, previous);
                insert.setString(4, hash);
                assertThat(insert.executeUpdate()).isOne();
            }
            try (Statement s = app.createStatement()) {
                assertThat(s.executeUpdate("update trail_head set last_seq = " + seq + ", last_hash = '" + hash + "' where id = 1")).isOne();
                assertThat(s.executeUpdate("insert into trail_checkpoint (seq, head_hash, made_at, signature, made_by) values ("
                        + seq + ", '" + hash + "', now(), '" + "0".repeat(64) + "', 'role.test')")).isOne();
                try (ResultSet r = s.executeQuery("select hash from trail_event where seq = " + seq)) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1).strip()).isEqualTo(hash);
                }
            }
            app.rollback(); // the class's trail stays as the application wrote it
        }
        assertThat(jdbc.queryForObject("select has_table_privilege(?, 'notification', 'UPDATE')", Boolean.class, APP_ROLE)).isTrue();
    }

    @Test
    void theApplicationsRoleCannotChangeTheTrailNorSwitchOffWhatGuardsIt() throws Exception {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("update trail_event set details = 'kinder'", "permission denied for table trail_event"),
                Map.entry("delete from trail_event", "permission denied for table trail_event"),
                Map.entry("truncate trail_event", "permission denied for table trail_event"),
                Map.entry("alter table trail_event disable trigger trail_event_append_only", "must be owner of table trail_event"),
                Map.entry("alter table trail_event disable trigger all", "must be owner of table trail_event"),
                Map.entry("drop trigger trail_event_append_only on trail_event", "must be owner of relation trail_event"),
                Map.entry("drop table trail_event", "must be owner of table trail_event"),
                Map.entry("alter table trail_event owner to " + APP_ROLE, "must be owner of table trail_event"),
                Map.entry("create trigger trail_event_quiet before insert on trail_event for each row "
                        + "execute function trail_event_refuse_change()", "permission denied for table trail_event"),
                Map.entry("drop function trail_event_refuse_change()", "must be owner of function trail_event_refuse_change"),
                Map.entry("set session_replication_role = replica", "permission denied to set parameter"),
                Map.entry("update trail_checkpoint set seq = 0", "permission denied for table trail_checkpoint"),
                Map.entry("delete from trail_checkpoint", "permission denied for table trail_checkpoint"));
        try (Connection app = asTheApplication()) {
            for (var attempt : refused.entrySet()) {
                try (Statement s = app.createStatement()) {
                    assertThatThrownBy(() -> s.execute(attempt.getKey())).as(attempt.getKey())
                            .isInstanceOf(SQLException.class).hasMessageContaining(attempt.getValue());
                }
            }
        }
        assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'trail_event'::regclass and not tgisinternal "
                + "and tgenabled = 'O'", String.class)).containsExactlyInAnyOrder("trail_event_append_only", "trail_event_no_truncate");
    }

    @Test
    void theMigrationTakesBackAnyRightToChangeTheTrailThatDefaultPrivilegesGave() throws Exception {
        jdbc.execute("grant update, delete, truncate, trigger on trail_event, trail_checkpoint to " + APP_ROLE);
        jdbc.execute(Files.readAllLines(MIGRATION, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n")));

        assertThat(jdbc.queryForList("select distinct privilege_type from information_schema.role_table_grants "
                + "where table_name in ('trail_event', 'trail_checkpoint') and grantee = ?", String.class, APP_ROLE))
                .containsExactlyInAnyOrder("SELECT", "INSERT");
    }
}
