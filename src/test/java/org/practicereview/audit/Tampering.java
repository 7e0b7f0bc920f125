package org.practicereview.audit;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Edits trail rows behind the application's back, as an attacker with database access would, and
 * puts them back afterwards: the trail is shared by every test of the context.
 */
final class Tampering {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private List<Map<String, Object>> saved;

    Tampering(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void save() {
        saved = jdbc.queryForList("select * from trail_event order by seq");
    }

    void restore() {
        asOwner(() -> restoreRows());
    }

    private void restoreRows() {
        jdbc.update("delete from trail_event");
        for (Map<String, Object> row : saved) {
            jdbc.update("insert into trail_event (seq, case_reference, occurred_at, actor, actor_role, action, details, previous_hash, hash) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("SEQ"), row.get("CASE_REFERENCE"), row.get("OCCURRED_AT"),
                    row.get("ACTOR"), row.get("ACTOR_ROLE"), row.get("ACTION"), row.get("DETAILS"), row.get("PREVIOUS_HASH"), row.get("HASH"));
        }
    }

    long lastSeq() {
        return jdbc.queryForObject("select max(seq) from trail_event", Long.class);
    }

    String hashOf(long seq) {
        return jdbc.queryForObject("select hash from trail_event where seq = ?", String.class, seq);
    }

    void editDetails(long seq, String details) {
        asOwner(() -> jdbc.update("update trail_event set details = ? where seq = ?", details, seq));
    }

    void delete(long seq) {
        asOwner(() -> jdbc.update("delete from trail_event where seq = ?", seq));
    }

    /**
     * On PostgreSQL the trail's trigger refuses every update and delete: the attacker here is the
     * table's owner, who switches the trigger off first and on again after.
     */
    private void asOwner(Runnable change) {
        if (!onPostgres()) {
            change.run();
            return;
        }
        jdbc.execute("alter table trail_event disable trigger user");
        try {
            change.run();
        } finally {
            jdbc.execute("alter table trail_event enable trigger user");
        }
    }

    boolean onPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Swaps the rows at two sequence numbers: each keeps its contents and hashes, under the other's number. */
    void swap(long a, long b) {
        asOwner(() -> {
            jdbc.update("update trail_event set seq = -1 where seq = ?", a);
            jdbc.update("update trail_event set seq = ? where seq = ?", a, b);
            jdbc.update("update trail_event set seq = ? where seq = -1", b);
        });
    }

    /** Makes room after {@code after} and inserts a forged event there, hashed correctly onto its predecessor. */
    void insertAfter(long after, String action) {
        asOwner(() -> {
            jdbc.update("update trail_event set seq = -(seq + 1) where seq > ?", after);
            jdbc.update("update trail_event set seq = -seq where seq < 0");
        });
        insert(after + 1, action, hashOf(after));
    }

    /** Appends a forged, correctly chained event beyond the last, without moving the head. */
    void appendForged(String action) {
        long last = lastSeq();
        insert(last + 1, action, hashOf(last));
    }

    private void insert(long seq, String action, String previous) {
        java.time.Instant at = java.time.Instant.parse("2026-11-25T12:00:00Z");
        String hash = TrailHashing.hash(seq, "PR-2026-0999", at.toString(), "mallory", "CHAIR", action, "", previous);
        jdbc.update("insert into trail_event (seq, case_reference, occurred_at, actor, actor_role, action, details, previous_hash, hash) "
                + "values (?, 'PR-2026-0999', ?, 'mallory', 'CHAIR', ?, '', ?, ?)", seq, java.sql.Timestamp.from(at), action, previous, hash);
    }

    /** Exports through the application, then verifies the file as an external auditor would. */
    Verification offlineFromExport(Trail trail) throws Exception {
        StringWriter csv = new StringWriter();
        trail.export(csv);
        Path file = Files.createTempFile("trail", ".csv");
        try {
            Files.writeString(file, csv.toString());
            return OfflineVerifier.fromExport(file);
        } finally {
            Files.delete(file);
        }
    }

    /** Verifies straight from the database, through its JDBC URL, as the offline command does. */
    Verification offlineFromDatabase() throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        var hikari = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        String password = hikari.getPassword() == null ? "" : hikari.getPassword();
        return OfflineVerifier.fromDatabase(new String[] {url, hikari.getUsername(), password});
    }
}
