package org.practicereview;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A PostgreSQL database's rows and sequences as a test context left them at start, kept in memory
 * (binary {@code COPY} of every table of the schema), and put back after every test class: every table
 * emptied in one {@code TRUNCATE}, the rows copied in, each sequence set to where it stood. The reset
 * runs as a replica session ({@code session_replication_role}), so neither the foreign keys nor the
 * trail's append-only triggers fire while it rewrites the tables; the triggers stay in place for the
 * tests themselves.
 */
final class PostgresSnapshot {

    private final Map<String, byte[]> tables;
    private final List<Sequence> sequences;

    private record Sequence(String name, long value, boolean called) {}

    private PostgresSnapshot(Map<String, byte[]> tables, List<Sequence> sequences) {
        this.tables = tables;
        this.sequences = sequences;
    }

    static PostgresSnapshot take(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, byte[]> tables = new LinkedHashMap<>();
            for (String table : names(c, "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
                ByteArrayOutputStream rows = new ByteArrayOutputStream();
                copy.copyOut("COPY " + quoted(table) + " TO STDOUT (FORMAT binary)", rows);
                tables.put(table, rows.toByteArray());
            }
            List<Sequence> sequences = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select sequencename, start_value, last_value"
                    + " from pg_sequences where schemaname = current_schema()")) {
                while (r.next()) {
                    long last = r.getLong(3);
                    boolean called = !r.wasNull();
                    sequences.add(new Sequence(r.getString(1), called ? last : r.getLong(2), called));
                }
            }
            return new PostgresSnapshot(tables, sequences);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Taking a snapshot of the test database failed: " + e.getMessage(), e);
        }
    }

    void restore(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                s.execute("truncate table " + tables.keySet().stream().map(PostgresSnapshot::quoted)
                        .collect(Collectors.joining(", ")));
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, byte[]> table : tables.entrySet()) {
                    copy.copyIn("COPY " + quoted(table.getKey()) + " FROM STDIN (FORMAT binary)",
                            new ByteArrayInputStream(table.getValue()));
                }
                try (PreparedStatement setval = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    for (Sequence sequence : sequences) {
                        setval.setString(1, quoted(sequence.name()));
                        setval.setLong(2, sequence.value());
                        setval.setBoolean(3, sequence.called());
                        setval.execute();
                    }
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Resetting the test database failed: " + e.getMessage(), e);
        }
    }

    private static List<String> names(Connection c, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
