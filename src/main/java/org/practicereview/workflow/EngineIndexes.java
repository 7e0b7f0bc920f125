package org.practicereview.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for work at national scale, added once the engine has
 * created or checked its tables. Completing any task makes Camunda look for the task's sub-tasks
 * ({@code PARENT_TASK_ID_}), and neither its H2 nor its PostgreSQL schema indexes that column: every
 * completion read every open task in the country (found by the benchmark's profile). Statements
 * are {@code IF NOT EXISTS}, so a restart or a second node changes nothing; a failure is logged and
 * start-up goes on, since the index only makes things faster. Public for the benchmark's bare engine,
 * which takes the same plugin so that both engines have the same schema.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> STATEMENTS = List.of(
            "create index if not exists PR_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_)");

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try (Connection connection = engine.getProcessEngineConfiguration().getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            LOG.warn("Could not add the engine indexes ({}); the engine works without them, more slowly at scale", e.getMessage());
        }
    }
}
