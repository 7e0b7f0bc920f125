package org.practicereview.audit;

import jakarta.persistence.EntityManager;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReadingMemo;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the decision trail. Each append joins the caller's transaction, so an event exists
 * exactly when the change it records was committed. Details must never hold personal data.
 *
 * <p>The chain has one end, so every append locks the head row until its transaction commits. An
 * append made early in a long transaction (a referral: the trail, then the whole process start)
 * would hold that lock throughout and make every concurrent request queue behind it (the national
 * benchmark saw p95 four times p50). So an append only notes its event; the events of a transaction
 * are chained and written together just before it commits, holding the lock for those inserts and
 * the commit alone. Their seq order is then commit order. An append after that point (by another
 * before-commit step) or outside any transaction is written at once.
 */
@Service
public class Trail {

    private final TrailEvents events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;

    Trail(TrailEvents events, Clock clock, JdbcTemplate jdbc, EntityManager entities) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.entities = entities;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void append(CaseReference caseReference, Actor actor, TrailAction action, String details) {
        Noted noted = new Noted(caseReference == null ? null : caseReference.value(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor.userId(), actor.primaryRole(), action.stored(), details);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(noted));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written || !TransactionSynchronizationManager.getSynchronizations().contains(pending)) {
            // Noted by a before-commit step that ran after ours, or in a transaction nested inside the one
            // that holds the pending events: written at once, in its own transaction.
            write(List.of(noted));
        } else {
            pending.events.add(noted);
        }
    }

    /** Locks the head, chains the events after it in order, inserts them and moves the head. */
    private void write(List<Noted> noted) {
        if (noted.isEmpty()) {
            return;
        }
        TrailHead head = events.lockHead();
        for (Noted n : noted) {
            TrailEvent event = new TrailEvent(head.lastSeq() + 1, n.caseReference(), n.at(), n.actor(), n.role(), n.action(),
                    n.details(), head.lastHash());
            events.save(event);
            head.advance(event);
        }
        entities.flush();
    }

    private record Noted(String caseReference, Instant at, String actor, String role, String action, String details) {}

    /** The events noted in one transaction, written by its before-commit step. */
    private final class Pending implements TransactionSynchronization {

        final List<Noted> events = new ArrayList<>();
        boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            write(events);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Trail.this);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after other before-commit steps, so that theirs are included
        }
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> forCase(CaseReference caseReference) {
        // Plain JDBC: a case's timeline may hold thousands of events, which need no managed entities. Read once
        // per read-only transaction: the case page and its tracking dates both read it.
        return ReadingMemo.remember("trail of a case", caseReference.value(), () -> List.copyOf(
                jdbc.query(TrailRows.FOR_CASE, (rs, n) -> TrailRows.entry(rs), caseReference.value())));
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

    /** Verifies the chain and says what that means for one case's events (see {@link CaseVerification}). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CaseVerification verify(CaseReference caseReference) {
        Verification chain = verify();
        List<TrailEntry> events = forCase(caseReference);
        long fromBreak = chain.intact() ? 0 : events.stream().filter(e -> e.seq() >= chain.brokenAtSeq()).count();
        return new CaseVerification(caseReference.value(), chain, events.size(), fromBreak);
    }

    /** The whole trail as CSV with every field, the head and the signed checkpoints, for {@link OfflineVerifier}. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void export(Writer out) {
        Verification.Head head = jdbc.queryForObject(TrailRows.HEAD, (rs, n) -> TrailRows.head(rs));
        TrailCsv.write(jdbc.query(TrailRows.ALL, (rs, n) -> TrailRows.entry(rs)), head,
                jdbc.query(TrailRows.CHECKPOINTS, (rs, n) -> TrailRows.checkpoint(rs)), out);
    }
}
