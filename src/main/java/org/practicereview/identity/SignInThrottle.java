package org.practicereview.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Each failed sign-in is
 * kept once in the security log ({@code sign_in_failure}, outside the case trail, shared by every
 * node). After a few failures an account, and after more an address, must wait before the next
 * attempt, the wait doubling with each further failure: for an account up to a minute (so whoever
 * types a name cannot shut its owner out for longer), for an address up to the whole window. A
 * burst of failures across all accounts raises a flag for the administrator.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Failures across every account and address in a short time, as the administrator's alert shows them. */
    public record Burst(long failures, Duration within, Instant since) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Policy policy;

    /** When waits start and how long they grow. */
    record Policy(int accountFreeFailures, Duration accountMaxWait, int addressFreeFailures, Duration window,
                  int burstFailures, Duration burstWindow) {

        Duration accountWait(long failures) {
            return doubling(failures - accountFreeFailures, accountMaxWait);
        }

        Duration addressWait(long failures) {
            return doubling(failures - addressFreeFailures, window);
        }

        /** 1, 2, 4, 8 ... seconds for the failures over the free ones, never more than {@code max}. */
        private static Duration doubling(long over, Duration max) {
            if (over < 0) {
                return Duration.ZERO;
            }
            Duration wait = Duration.ofSeconds(1L << Math.min(over, 30));
            return wait.compareTo(max) > 0 ? max : wait;
        }
    }

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${practice-review.sign-in.account-free-failures:3}") int accountFreeFailures,
                   @Value("${practice-review.sign-in.account-max-wait:PT1M}") Duration accountMaxWait,
                   @Value("${practice-review.sign-in.address-free-failures:10}") int addressFreeFailures,
                   @Value("${practice-review.sign-in.window:PT15M}") Duration window,
                   @Value("${practice-review.sign-in.burst-failures:100}") int burstFailures,
                   @Value("${practice-review.sign-in.burst-window:PT5M}") Duration burstWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = new Policy(accountFreeFailures, accountMaxWait, addressFreeFailures, window, burstFailures,
                burstWindow);
    }

    /** How long this account and address must still wait before the next attempt; empty when it may try now. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(now, "username", normalise(username), policy::accountWait);
        Duration fromAddress = remaining(now, "address", address(address), policy::addressWait);
        Duration longer = account.compareTo(fromAddress) >= 0 ? account : fromAddress;
        return longer.isZero() || longer.isNegative() ? Optional.empty() : Optional.of(longer);
    }

    public boolean blocked(String username, String address) {
        return wait(username, address).isPresent();
    }

    private Duration remaining(Instant now, String column, String value,
                               java.util.function.LongFunction<Duration> waitAfter) {
        Timestamp since = Timestamp.from(now.minus(policy.window()));
        Failures f = jdbc.sql("select count(*) as failures, max(failed_at) as latest from sign_in_failure where "
                        + column + " = ? and failed_at > ?")
                .params(value, since).query(Failures.class).single();
        if (f.failures() == 0 || f.latest() == null) {
            return Duration.ZERO;
        }
        Instant allowedFrom = f.latest().toInstant().plus(waitAfter.apply(f.failures()));
        return Duration.between(now, allowedFrom);
    }

    record Failures(long failures, Timestamp latest) {}

    /** One failed attempt, counted once, in the security log. */
    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        boolean quiet = burst().isEmpty();
        jdbc.sql("insert into sign_in_failure (username, address, failed_at) values (?, ?, ?)")
                .params(normalise(username), address(address), Timestamp.from(now)).update();
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(Timestamp.from(now.minus(policy.window().multipliedBy(4)))).update();
        if (quiet) {
            burst().ifPresent(b -> log.warn("Sign-in failures burst: {} failed sign-ins in the last {} minutes",
                    b.failures(), b.within().toMinutes()));
        }
    }

    @Transactional
    public void recordSuccess(String username) {
        clearFailures(username);
    }

    /** Forgets an account's failures, so that it may sign in at once: the administrator's "unlock". */
    @Transactional
    public void clearFailures(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(normalise(username)).update();
    }

    /** Lets the account try again at once: an administrator unlocks it after repeated failures. */
    @Transactional
    public void unlock(String username) {
        clearFailures(username);
    }

    /** True while the account itself (whatever the address) must wait after repeated failures. */
    public boolean locked(String username) {
        Duration left = remaining(clock.instant(), "username", normalise(username), policy::accountWait);
        return !(left.isZero() || left.isNegative());
    }

    /** A burst of failed sign-ins across every account, for the administrator's home page; empty when quiet. */
    public Optional<Burst> burst() {
        Instant since = clock.instant().minus(policy.burstWindow());
        long failures = jdbc.sql("select count(*) from sign_in_failure where failed_at > ?")
                .param(Timestamp.from(since)).query(Long.class).single();
        return failures >= policy.burstFailures() ? Optional.of(new Burst(failures, policy.burstWindow(), since))
                : Optional.empty();
    }

    public Duration window() {
        return policy.window();
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    private static String address(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
