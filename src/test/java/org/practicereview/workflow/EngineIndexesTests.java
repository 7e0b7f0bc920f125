package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine's tables carry the index the application adds, and adding it again changes nothing. */
@IntegrationTest
class EngineIndexesTests {

    @Autowired JdbcClient jdbc;
    @Autowired ProcessEngine engine;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void indexesTheParentTaskColumnThatEveryTaskCompletionSearches() {
        assertThat(indexedColumns()).contains("PARENT_TASK_ID_");

        new EngineIndexes().postProcessEngineBuild(engine); // a restart, or a second node
        assertThat(indexedColumns()).containsOnlyOnce("PARENT_TASK_ID_");
    }

    /** The columns of the indexes whose name is ours, in either database's catalogue. */
    private java.util.List<String> indexedColumns() {
        if (isPostgres()) {
            return jdbc.sql("select a.attname from pg_index i join pg_class c on c.oid = i.indexrelid "
                            + "join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
                            + "where lower(c.relname) like 'pr_idx_%'")
                    .query(String.class).list().stream().map(String::toUpperCase).toList();
        }
        return jdbc.sql("select column_name from information_schema.index_columns where index_name like 'PR_IDX_%'")
                .query(String.class).list();
    }

    private boolean isPostgres() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
