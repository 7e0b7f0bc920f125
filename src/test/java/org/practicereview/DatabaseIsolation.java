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
 * <p>The first time a context is used, its database is saved as the context left it at start (the
 * schema, the engine's deployment, what the application seeds); after every test class the database
 * is emptied and read back from that copy, engine tables included. An in-memory H2 database is saved
 * as a script; a PostgreSQL one (the {@link PostgresIntegrationTest} classes share one database of
 * the embedded server per context) as its rows and sequences ({@link PostgresSnapshot}), the schema
 * and the trail's append-only triggers left as they are. Registered for every Spring test in
 * {@code META-INF/spring.factories}. A file database (the demo and restart tests) is left alone.
 */
public class DatabaseIsolation implements TestExecutionListener, Ordered {

    private static final Map<DataSource, Path> SNAPSHOTS = new WeakHashMap<>();
    private static final Map<DataSource, PostgresSnapshot> POSTGRES_SNAPSHOTS = new WeakHashMap<>();

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
        DataSource postgres = embeddedPostgres(context);
        if (postgres != null) {
            synchronized (POSTGRES_SNAPSHOTS) {
                POSTGRES_SNAPSHOTS.computeIfAbsent(postgres, PostgresSnapshot::take);
            }
            return;
        }
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
        DataSource postgres = embeddedPostgres(context);
        if (postgres != null) {
            PostgresSnapshot snapshot;
            synchronized (POSTGRES_SNAPSHOTS) {
                snapshot = POSTGRES_SNAPSHOTS.get(postgres);
            }
            if (snapshot != null) {
                snapshot.restore(postgres);
            }
            return;
        }
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
        String url = urlOf(context);
        return url != null && url.startsWith("jdbc:h2:mem:") ? context.getBean(DataSource.class) : null;
    }

    /**
     * A database of the embedded PostgreSQL server the tests started ({@link EmbeddedPostgresServer}); a
     * PostgreSQL URL means the server runs already, so asking for its port starts nothing.
     */
    private static DataSource embeddedPostgres(ApplicationContext context) {
        String url = urlOf(context);
        return url != null && url.startsWith("jdbc:postgresql:")
                && url.startsWith("jdbc:postgresql://localhost:" + EmbeddedPostgresServer.server().getPort() + "/")
                ? context.getBean(DataSource.class) : null;
    }

    private static String urlOf(ApplicationContext context) {
        if (context.getBeanNamesForType(DataSource.class).length == 0) {
            return null;
        }
        try (Connection c = context.getBean(DataSource.class).getConnection()) {
            return c.getMetaData().getURL();
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
