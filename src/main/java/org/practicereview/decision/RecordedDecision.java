package org.practicereview.decision;

import java.time.Instant;
import java.util.List;
import org.practicereview.screening.CriteriaResult;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

/**
 * A chair's decision as other modules see it, with the criteria set (decision key, version and version
 * tag) it was taken against. {@code reviewType} is null when no review follows.
 */
public record RecordedDecision(
        CaseReference caseReference,
        DecisionOption option,
        ReviewType reviewType,
        List<String> noReviewFollowUp,
        String rationale,
        CriteriaResult criteriaResult,
        String criteriaSet,
        int criteriaVersion,
        String criteriaVersionTag,
        boolean departsFromCriteria,
        String departureReason,
        String decidedBy,
        Instant decidedAt,
        Instant decisionDue,
        boolean withinDeadline) {

    public RecordedDecision {
        noReviewFollowUp = List.copyOf(noReviewFollowUp);
    }
}
