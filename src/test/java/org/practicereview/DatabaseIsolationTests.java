package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one test class leaves in the shared context's database is gone before the next class runs:
 * application rows and the engine's process instances alike, while the start state (the deployed
 * diagrams, the seeded rows) stays.
 */
@IntegrationTest
class DatabaseIsolationTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;

    @Test
    void theNextClassSeesTheDatabaseAsTheContextStarted() {
        int agencies = count("agency");
        long instances = runtime.createProcessInstanceQuery().count();
        long definitions = count("ACT_RE_PROCDEF");
        assertThat(definitions).isPositive();

        jdbc.update("insert into agency (code, name, sector) values ('ISOLATION_PROBE', 'Isolation probe agency', 'OTHER')");
        runtime.startProcessInstanceByKey("publication", "ISOLATION-PROBE");
        assertThat(count("agency")).isEqualTo(agencies + 1);

        DatabaseIsolation.reset(context);

        assertThat(count("agency")).isEqualTo(agencies);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("ISOLATION-PROBE").count()).isZero();
        assertThat(count("ACT_RE_PROCDEF")).isEqualTo(definitions);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
