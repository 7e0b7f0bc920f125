package org.practicereview.audit;

import java.time.Instant;

/** A trail event as callers see it. */
public record TrailEntry(long seq, String caseReference, Instant occurredAt, String actor, String role,
                         String action, String details, String previousHash, String hash) {

    static TrailEntry of(TrailEvent e) {
        return new TrailEntry(e.seq(), e.caseReference(), e.occurredAt(), e.actor(), e.actorRole(),
                e.action(), e.details(), e.previousHash(), e.hash());
    }

    public String recomputedHash() {
        return TrailHashing.hash(seq, caseReference, occurredAt.toString(), actor, role, action, details, previousHash);
    }
}
