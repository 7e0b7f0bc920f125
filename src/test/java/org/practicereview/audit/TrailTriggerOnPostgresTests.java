package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.PostgresIntegrationTest;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL the database itself refuses to change the trail (db/vendor/postgresql), whoever asks. */
@PostgresIntegrationTest
class TrailTriggerOnPostgresTests {

    @Autowired Trail trail;
    @Autowired JdbcTemplate jdbc;
    long seq;

    @BeforeEach
    void anEvent() {
        CaseReference ref = CaseReference.of(2026, 8803);
        trail.append(ref, Actor.of("coord.trigger", Role.PRG_COORDINATOR), TrailAction.TASK_COMPLETED, "kept");
        var written = trail.forCase(ref);
        seq = written.get(written.size() - 1).seq();
    }

    @Test
    void theMigrationInstalledTheTrigger() {
        assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'trail_event'::regclass and not tgisinternal",
                String.class)).containsExactlyInAnyOrder("trail_event_append_only", "trail_event_no_truncate");
    }

    @Test
    void anUpdateIsRefused() {
        assertThatThrownBy(() -> jdbc.update("update trail_event set details = 'kinder' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("trail_event is append-only: UPDATE refused");
        assertThat(jdbc.queryForObject("select details from trail_event where seq = ?", String.class, seq)).isEqualTo("kept");
    }

    @Test
    void aDeleteIsRefused() {
        assertThatThrownBy(() -> jdbc.update("delete from trail_event where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("trail_event is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.update("delete from trail_event"))
                .hasMessageContaining("trail_event is append-only: DELETE refused");
        assertThat(jdbc.queryForObject("select count(*) from trail_event where seq = ?", Long.class, seq)).isOne();
    }

    @Test
    void aTruncateIsRefused() {
        assertThatThrownBy(() -> jdbc.execute("truncate trail_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("trail_event is append-only: TRUNCATE refused");
        assertThat(trail.verify().intact()).isTrue();
    }
}
