package org.practicereview.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail's retention, reported and not enforced. The chain is global: each event's hash covers
 * the one before, whatever its case, so removing any case's events would break verification for
 * every later event. Cases past retention are listed for the board to decide on (an archive and a
 * re-anchored chain are a later version's work); cases under legal hold are never listed.
 */
@Service
@EnableScheduling
public class TrailRetention {

    /** A case whose newest trail event is older than the retention period. */
    public record Due(String caseReference, Instant lastEvent) {}

    private final JdbcClient jdbc;
    private final LegalHolds holds;
    private final Clock clock;
    private final Period retention;

    TrailRetention(JdbcClient jdbc, LegalHolds holds, Clock clock,
                   @Value("${practice-review.retention.trail:P12Y}") Period retention) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.clock = clock;
        this.retention = retention;
    }

    public Period retention() {
        return retention;
    }

    @Transactional(readOnly = true)
    public List<Due> pastRetention() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        Set<String> held = holds.held();
        return jdbc.sql("select case_reference, max(occurred_at) from trail_event where case_reference is not null "
                        + "group by case_reference having max(occurred_at) < ? order by case_reference")
                .param(java.sql.Timestamp.from(cutoff))
                .query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .list().stream().filter(d -> !held.contains(d.caseReference())).toList();
    }
}
