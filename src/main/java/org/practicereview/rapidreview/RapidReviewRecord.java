package org.practicereview.rapidreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the rapid review as the business unit recorded it: the meeting, what is known, the action taken,
 * the reg. 11 criteria the partners weighed and their outcome with its rationale. {@code sentAt} and
 * {@code documentId} are set when this version went to the national panel.
 */
public record RapidReviewRecord(long id, String caseReference, LocalDate meetingOn, String facts, String actionForChild,
                                String actionForOthers, String learning, String childContext,
                                List<LocalReviewCriterion> criteria, RapidReviewOutcome outcome,
                                boolean partnersRecommendLocal, String rationale, Instant dueAt, String recordedBy,
                                Instant recordedAt, Instant sentAt, Long documentId) {

    public RapidReviewRecord {
        criteria = List.copyOf(criteria);
    }

    /** The partners' decision commissions a local review: they chose one, or chose one beside asking for a national review. */
    public boolean commissionsLocalReview() {
        return outcome == RapidReviewOutcome.LCSPR
                || (outcome == RapidReviewOutcome.NATIONAL_REVIEW && partnersRecommendLocal);
    }

    /** The partners' decision in words, as the case page, the PDF and the notice say it. */
    public String decisionInWords() {
        if (outcome == RapidReviewOutcome.NATIONAL_REVIEW) {
            return outcome.label() + (partnersRecommendLocal
                    ? "; the partners also commission a local child safeguarding practice review"
                    : "; the partners do not commission a local review");
        }
        return outcome.label();
    }
}
