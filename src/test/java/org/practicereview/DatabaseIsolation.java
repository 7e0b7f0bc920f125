package org.practicereview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring test class sees only its own data. Spring caches one application context (and its
 * in-memory H2 database) for every test class with the same configuration; without this, a class
 * would see the cases, users and trail events that the classes before it left behind, and pass or
 * fail by the order the classes ran in.
 *
 * <p>The first time a context is used, its database is written to a script as the context left it
 * at start (the schema, the engine's deployment, what the application seeds); after every test
 * class the database is emptied and read back from that script, engine tables included. Registered
 * for every Spring test in {@code META-INF/spring.factories}. Only H2 in-memory databases are reset:
 * the PostgreSQL classes each use their own database of the embedded server ({@link
 * PostgresDatabase}) and keep the trail's append-only trigger, which a reset would have to switch
 * off.
 */
public class DatabaseIsolation implements TestExecutionListener, Ordered {

    private static final Map<DataSource, Path> SNAPSHOTS = new WeakHashMap<>();

    @Override
    public int getOrder() {
        // Before the other listeners touch the database for the class (e.g. @Sql), after them at the end.
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) throws Exception {
        snapshot(testContext.getApplicationContext());
    }

    /** Writes the context's database to a script, once per database. */
    static void snapshot(ApplicationContext context) throws IOException {
        DataSource dataSource = inMemoryH2(context);
        if (dataSource == null) {
            return;
        }
        synchronized (SNAPSHOTS) {
            if (!SNAPSHOTS.containsKey(dataSource)) {
                Path script = Files.createTempFile("practice-review-test-db-", ".sql");
                script.toFile().deleteOnExit();
                run(dataSource, "SCRIPT TO '" + script.toAbsolutePath() + "'");
                SNAPSHOTS.put(dataSource, script);
            }
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) throws Exception {
        if (!testContext.hasApplicationContext()) {
            return; // closed (@DirtiesContext) or never loaded: nothing left to reset
        }
        reset(testContext.getApplicationContext());
    }

    /** Puts the context's database back as it was when {@link #snapshot} first saw it. */
    static void reset(ApplicationContext context) {
        DataSource dataSource = inMemoryH2(context);
        Path script;
        synchronized (SNAPSHOTS) {
            script = dataSource == null ? null : SNAPSHOTS.get(dataSource);
        }
        if (script != null) {
            run(dataSource, "DROP ALL OBJECTS", "RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
        }
    }

    private static DataSource inMemoryH2(ApplicationContext context) {
        if (context.getBeanNamesForType(DataSource.class).length == 0) {
            return null;
        }
        DataSource dataSource = context.getBean(DataSource.class);
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:h2:mem:") ? dataSource : null;
        } catch (SQLException e) {
            throw new IllegalStateException("The test database cannot be reached", e);
        }
    }

    private static void run(DataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Resetting the test database failed: " + e.getMessage(), e));
        }
    }
}
