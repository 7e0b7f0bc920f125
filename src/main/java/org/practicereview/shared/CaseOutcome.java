package org.practicereview.shared;

import java.time.LocalDate;

/**
 * The outcome of a case as the referrer may read it, in plain words: what was decided, the kind of
 * review (none when no review follows) and the day. Never the chair's rationale. {@code chairsDecision}
 * is false for a referral of learning or good practice, which goes to the PRG as its review with no
 * decision of the chair.
 */
public record CaseOutcome(String decision, String reviewType, LocalDate decidedOn, boolean chairsDecision) {

    /** The chair's decision. */
    public CaseOutcome(String decision, String reviewType, LocalDate decidedOn) {
        this(decision, reviewType, decidedOn, true);
    }
}
