package org.practicereview.referral.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Gives out case references {@code PR-YYYY-NNNN}, numbered from 1 in each (UK) year, never twice.
 *
 * <p>The number is taken in a short transaction of its own, on two connections kept for this alone,
 * and is committed at once; the referral then writes everything else in its own transaction. Before,
 * the year's counter row stayed locked until the referral's whole transaction (process start
 * included) committed, so every referral in the country queued behind the one before it: the
 * national benchmark measured 135 s of waiting on that lock in 15 s of load at 8 clients. A separate
 * pool, not a nested transaction on the main one: a request holding a main connection while waiting
 * for a second main connection is how a pool deadlocks under load.
 *
 * <p>The cost: a number is taken only once the referral has passed validation (so a refused referral
 * takes none), but a referral that fails after that — the database failing mid-write, the process
 * killed — leaves its number unused. References have no duplicates; a gap means such a failure.
 */
@Component
public class CaseReferences implements DisposableBean {

    private final HikariDataSource numbers;
    private final Clock clock;
    private final String advanceStatement;

    CaseReferences(DataSourceProperties database, Clock clock) {
        this.numbers = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.numbers.setPoolName("case-references");
        this.numbers.setMaximumPoolSize(2);
        this.numbers.setMinimumIdle(0);
        this.clock = clock;
        // Moves the year's counter on and reads it back in one statement; each database has its own words for that.
        this.advanceStatement = DatabaseDriver.fromJdbcUrl(numbers.getJdbcUrl()) == DatabaseDriver.POSTGRESQL
                ? "update case_reference_counter set last_number = last_number + 1 where counter_year = ? returning last_number"
                : "select last_number from final table (update case_reference_counter set last_number = last_number + 1 "
                        + "where counter_year = ?)";
    }

    public CaseReference next() {
        int year = LocalDate.now(clock.withZone(WorkingDays.UK)).getYear();
        for (int attempt = 1; ; attempt++) {
            try (Connection c = numbers.getConnection()) {
                c.setAutoCommit(false);
                try {
                    int number = advance(c, year);
                    c.commit();
                    return CaseReference.of(year, number);
                } catch (SQLException e) {
                    c.rollback();
                    if (attempt == 3) {
                        throw e;
                    }
                    // Two first referrals of a year both created its row: the loser advances it next time.
                }
            } catch (SQLException e) {
                throw new IllegalStateException("no case reference could be given out", e);
            }
        }
    }

    private int advance(Connection c, int year) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(advanceStatement)) {
            update.setInt(1, year);
            try (ResultSet rows = update.executeQuery()) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into case_reference_counter (counter_year, last_number) values (?, 1)")) {
            insert.setInt(1, year);
            insert.executeUpdate();
            return 1;
        }
    }

    @Override
    public void destroy() {
        numbers.close();
    }
}
