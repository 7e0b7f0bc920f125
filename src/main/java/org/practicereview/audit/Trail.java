package org.practicereview.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.io.Writer;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the decision trail. Each append joins the caller's transaction, so an event exists
 * exactly when the change it records was committed. Details must never hold personal data.
 */
@Service
public class Trail {

    private final TrailEvents events;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    Trail(TrailEvents events, Clock clock, JdbcTemplate jdbc) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public TrailEntry append(CaseReference caseReference, Actor actor, String action, String details) {
        TrailHead head = events.lockHead();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TrailEvent event = new TrailEvent(head.lastSeq() + 1,
                caseReference == null ? null : caseReference.value(), now,
                actor.userId(), actor.primaryRole(), action, details, head.lastHash());
        events.save(event);
        head.advance(event);
        return TrailEntry.of(event);
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> forCase(CaseReference caseReference) {
        // Plain JDBC: a case's timeline may hold thousands of events, which need no managed entities.
        return jdbc.query(TrailRows.FOR_CASE, (rs, n) -> TrailRows.entry(rs), caseReference.value());
    }

    /**
     * Recomputes the whole chain and checks it ends where the head row says; the first broken link,
     * if any, is named. One snapshot (repeatable read), so appends meanwhile are not mistaken for insertions.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        Verification.Head head = jdbc.queryForObject(TrailRows.HEAD, (rs, n) -> TrailRows.head(rs));
        return Verification.of(jdbc.query(TrailRows.ALL, (rs, n) -> TrailRows.entry(rs)), head);
    }

    /** The whole trail as CSV with every field and the head, for {@link OfflineVerifier}. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(Writer out) {
        Verification.Head head = jdbc.queryForObject(TrailRows.HEAD, (rs, n) -> TrailRows.head(rs));
        TrailCsv.write(jdbc.query(TrailRows.ALL, (rs, n) -> TrailRows.entry(rs)), head, out);
    }
}
