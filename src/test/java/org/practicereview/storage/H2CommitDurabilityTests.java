package org.practicereview.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committed transaction on an H2 file is in the file when the commit returns (H2's own writer would
 * store it up to half a second later), and the application's transaction manager does this for every
 * transaction. The kill itself is in CrashSafetyTests.
 */
@IntegrationTest
class H2CommitDurabilityTests {

    @Autowired PlatformTransactionManager applicationTransactions;

    @Test
    void theApplicationsTransactionManagerWritesEveryCommitOut() {
        assertThat(((AbstractPlatformTransactionManager) applicationTransactions).getTransactionExecutionListeners())
                .anyMatch(H2CommitDurability.class::isInstance);
    }

    @Test
    void aCommitIsStoredBeforeItReturnsWhereH2AloneWouldStillHoldItInMemory(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("durability") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
            new JdbcTemplate(dataSource).execute("create table item (id int primary key)");
            MVStore store = H2CommitDurability.fileStore(keepOpen);
            assertThat(store).isNotNull();

            DataSourceTransactionManager plain = new DataSourceTransactionManager(dataSource);
            new TransactionTemplate(plain).executeWithoutResult(s -> new JdbcTemplate(dataSource).update("insert into item values (1)"));
            assertThat(store.hasUnsavedChanges()).as("H2 alone: the commit waits for its background writer").isTrue();

            DataSourceTransactionManager durable = new DataSourceTransactionManager(dataSource);
            durable.addListener(new H2CommitDurability(dataSource));
            new TransactionTemplate(durable).executeWithoutResult(s -> new JdbcTemplate(dataSource).update("insert into item values (2)"));
            assertThat(store.hasUnsavedChanges()).as("with the listener: stored when the commit returns").isFalse();
            dataSource.destroy();
        }
    }

    @Test
    void leavesAnInMemoryDatabaseAlone() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:durability-test", "sa", "")) {
            assertThat(H2CommitDurability.fileStore(c)).isNull();
        }
    }
}
