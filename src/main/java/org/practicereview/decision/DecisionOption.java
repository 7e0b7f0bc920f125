package org.practicereview.decision;

import org.practicereview.screening.CriteriaResult;

/** What the chair may decide. */
public enum DecisionOption {
    INITIATE_SCR,
    OTHER_REVIEW,
    NO_REVIEW,
    DEFER;

    /** True when a review (an SCR or a lesser type) follows. */
    public boolean commissionsReview() {
        return this == INITIATE_SCR || this == OTHER_REVIEW;
    }

    /**
     * True when this decision differs from what the criteria call for: not initiating an SCR when they
     * are met or mandatory, or initiating one when they are not met. Deferring departs from nothing.
     */
    public boolean departsFrom(CriteriaResult criteria) {
        if (this == DEFER) {
            return false;
        }
        return criteria.callsForScr() != (this == INITIATE_SCR);
    }
}
