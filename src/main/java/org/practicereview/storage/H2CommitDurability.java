package org.practicereview.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes every committed transaction on the H2 file database reach the file before the caller goes on
 * (before an API answer or a page redirect), while H2 keeps its own background writer, the one that
 * also compacts the file and reuses the space of old chunks.
 *
 * <p>H2 writes committed changes from that background thread up to {@code WRITE_DELAY} (500 ms) later,
 * so a killed process lost acknowledged referrals (CrashSafetyTests). {@code WRITE_DELAY=0} cured that
 * but stops the background thread altogether, and then nothing reclaims space: the national benchmark
 * found the file at 0.9 GB after 3,000 referrals and 2.8 GB for 10,000 bare-engine cases (a 20,000
 * one-row-commit test: 385 MB, against 2 MB). Here, after each read-write transaction commits, the
 * store of that transaction's own connection is written out, and H2's background writer runs again,
 * with its maintenance that frees and reuses the space of chunks older than its retention time (45 s).
 * That bounds the file at a board's pace of work; under sustained heavy writing (the national
 * benchmark: 130+ commits a second, 50,000 cases seeded) H2 still falls behind and the file grows
 * to gigabytes. docs/operations.md says how to shrink it; a service at that scale runs on PostgreSQL.
 *
 * <p>Nothing happens on PostgreSQL, for an in-memory H2, or for a transaction without a JDBC connection.
 */
@Component
public class H2CommitDurability implements TransactionExecutionListener {

    private final DataSource dataSource;

    H2CommitDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure != null || transaction.isReadOnly()) {
            return;
        }
        // The connection the transaction used is still bound here: no second one is taken from the pool.
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder && holder.getConnectionHandle() != null) {
            try {
                writeOut(holder.getConnection());
            } catch (SQLException e) {
                // Not an H2 connection, or it is closing: H2's background writer stores the change shortly.
            }
        }
    }

    /**
     * Writes what has been committed on this connection's H2 file database to the file; nothing for any
     * other database. Also used by the benchmark's bare engine, which commits without Spring.
     */
    public static void writeOut(Connection connection) throws SQLException {
        MVStore store = fileStore(connection);
        if (store != null) {
            store.commit();
        }
    }

    /** The store behind this connection when it is an open H2 file database, else null. */
    static MVStore fileStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                || session.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null || store.isClosed() ? null : store;
    }
}
