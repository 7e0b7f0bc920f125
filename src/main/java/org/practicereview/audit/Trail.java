package org.practicereview.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
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

    Trail(TrailEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
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
        return events.findByCaseReferenceOrderBySeq(caseReference.value()).stream().map(TrailEntry::of).toList();
    }

    /** Recomputes the whole chain; the first broken link, if any, is named. */
    @Transactional(readOnly = true)
    public Verification verify() {
        return Verification.of(events.findAllByOrderBySeq().stream().map(TrailEntry::of).toList());
    }
}
