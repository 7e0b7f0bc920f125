package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention settings reach the engine and the trail, and the append-only trigger is PostgreSQL's alone. */
@IntegrationTest
class RetentionSettingsTests {

    @Autowired ProcessEngine engine;
    @Autowired TrailRetention retention;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theHistoryCleanupRunsByRemovalTimeInItsNightlyWindow() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void theTrailIsKeptTwelveYears() {
        assertThat(retention.retention()).isEqualTo(Period.ofYears(12));
    }

    @Test
    void theAppendOnlyTriggerIsMigratedOnPostgreSqlOnly() throws Exception {
        String trigger = new ClassPathResource("db/vendor/postgresql/V76__trail_refuses_changes.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(trigger).contains("before update or delete on trail_event", "before truncate on trail_event");

        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"success\" = true", String.class))
                .contains("75").doesNotContain("76");
    }
}
