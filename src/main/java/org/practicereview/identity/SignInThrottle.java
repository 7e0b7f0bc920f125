package org.practicereview.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code limit} failed sign-ins within the window, for one
 * account or from one address, further attempts are refused until the window has passed. Failures
 * are kept in the database so every node sees them.
 */
@Service
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${practice-review.sign-in.max-failures:5}") int limit,
                   @Value("${practice-review.sign-in.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    public boolean blocked(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        long forUser = jdbc.sql("select count(*) from sign_in_failure where username = ? and failed_at > ?")
                .params(normalise(username), since).query(Long.class).single();
        long forAddress = jdbc.sql("select count(*) from sign_in_failure where address = ? and failed_at > ?")
                .params(address, since).query(Long.class).single();
        return forUser >= limit || forAddress >= limit;
    }

    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("insert into sign_in_failure (username, address, failed_at) values (?, ?, ?)")
                .params(normalise(username), address, Timestamp.from(now)).update();
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(Timestamp.from(now.minus(window.multipliedBy(4)))).update();
    }

    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(normalise(username)).update();
    }

    /** Lets the account try again at once: an administrator unlocks it after repeated failures. */
    @Transactional
    public void unlock(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(normalise(username)).update();
    }

    /** True while the account itself (whatever the address) is refused for repeated failures. */
    public boolean locked(String username) {
        long failures = jdbc.sql("select count(*) from sign_in_failure where username = ? and failed_at > ?")
                .params(normalise(username), Timestamp.from(clock.instant().minus(window))).query(Long.class).single();
        return failures >= limit;
    }

    public Duration window() {
        return window;
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }
}
