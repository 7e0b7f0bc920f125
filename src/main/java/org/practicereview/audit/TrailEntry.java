package org.practicereview.audit;

import java.time.Instant;

/** A trail event as callers see it. {@code action} is the stored text (hashed); {@link #kind()} is its type. */
public record TrailEntry(long seq, String caseReference, Instant occurredAt, String actor, String role,
                         String action, String details, String previousHash, String hash) {

    static TrailEntry of(TrailEvent e) {
        return new TrailEntry(e.seq(), e.caseReference(), e.occurredAt(), e.actor(), e.actorRole(),
                e.action(), e.details(), e.previousHash(), e.hash());
    }

    /** What the event records, or null when its stored action names none (a forged or tampered event). */
    public TrailAction kind() {
        return TrailAction.fromStored(action);
    }

    public boolean is(TrailAction a) {
        return a.stored().equals(action);
    }

    /** The action in words, as people read it. */
    public String actionLabel() {
        return TrailAction.labelOf(action);
    }

    public String recomputedHash() {
        return TrailHashing.hash(seq, caseReference, occurredAt.toString(), actor, role, action, details, previousHash);
    }
}
