package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL too, what one test class leaves in its context's database is gone before the next
 * class runs: application rows, trail events and the engine's process instances, while the start state
 * (the deployed diagrams, the first administrator) stays and the trail still refuses to be changed.
 */
@PostgresIntegrationTest
class DatabaseIsolationOnPostgresTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired Trail trail;

    @Test
    void theNextClassSeesTheDatabaseAsTheContextStartedAndTheTrailStillRefusesChanges() {
        int agencies = count("agency");
        int events = count("trail_event");
        long instances = runtime.createProcessInstanceQuery().count();
        int definitions = count("act_re_procdef");
        assertThat(definitions).isPositive();
        assertThat(count("app_user where username = '" + PostgresDatabase.FIRST_ADMIN + "'")).isEqualTo(1);

        jdbc.update("insert into agency (code, name, sector) values ('ISOLATION_PROBE', 'Isolation probe agency', 'OTHER')");
        runtime.startProcessInstanceByKey("publication", "ISOLATION-PROBE");
        trail.append(new CaseReference("PR-2026-9999"), Actor.SYSTEM, TrailAction.CASE_VIEWED, "isolation probe");
        assertThat(count("agency")).isEqualTo(agencies + 1);
        assertThat(count("trail_event")).isEqualTo(events + 1);

        DatabaseIsolation.reset(context);

        assertThat(count("agency")).isEqualTo(agencies);
        assertThat(count("trail_event")).isEqualTo(events);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("ISOLATION-PROBE").count()).isZero();
        assertThat(count("act_re_procdef")).isEqualTo(definitions);
        assertThat(count("app_user where username = '" + PostgresDatabase.FIRST_ADMIN + "'")).isEqualTo(1);

        trail.append(new CaseReference("PR-2026-9999"), Actor.SYSTEM, TrailAction.CASE_VIEWED, "after the reset");
        assertThat(trail.verify().intact()).as("the chain goes on from the restored head").isTrue();
        assertThatThrownBy(() -> jdbc.update("delete from trail_event")).hasMessageContaining("append-only");
    }

    private int count(String tableAndCondition) {
        return jdbc.queryForObject("select count(*) from " + tableAndCondition, Integer.class);
    }
}
