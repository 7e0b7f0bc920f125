package org.practicereview.referral.internal;

import java.util.Optional;
import org.practicereview.shared.ReviewType;

/** Why the referrer refers the case. */
public enum Purpose {
    SCR_CONSIDERATION,
    MULTI_AGENCY_LEARNING,
    GOOD_PRACTICE;

    /**
     * Only a referral for a serious case review is a serious incident: it alone is screened against the
     * statutory criteria and notified to the national panel. The others go to the PRG as learning reviews.
     */
    public boolean seriousIncident() {
        return this == SCR_CONSIDERATION;
    }

    /** The review a learning referral goes to the PRG as; none for a serious incident, which is screened. */
    public Optional<ReviewType> learningReview() {
        return switch (this) {
            case SCR_CONSIDERATION -> Optional.empty();
            case MULTI_AGENCY_LEARNING -> Optional.of(ReviewType.REFLECTIVE);
            case GOOD_PRACTICE -> Optional.of(ReviewType.GOOD_PRACTICE);
        };
    }
}
