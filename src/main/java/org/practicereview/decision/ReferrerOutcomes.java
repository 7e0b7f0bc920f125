package org.practicereview.decision;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.CaseOutcome;
import org.practicereview.shared.CaseOutcomes;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's latest decision on each case in words a referrer reads; the rationale stays with the PRG. A
 * referral for learning or good practice has no decision of the chair: its outcome is the review it went to.
 */
@Component
class ReferrerOutcomes implements CaseOutcomes {

    private final Decisions.Store store;
    private final LearningReviews learningReviews;
    private final CaseDetails referrals;

    ReferrerOutcomes(Decisions.Store store, LearningReviews learningReviews, CaseDetails referrals) {
        this.store = store;
        this.learningReviews = learningReviews;
        this.referrals = referrals;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CaseReference, CaseOutcome> of(Collection<CaseReference> cases) {
        Map<CaseReference, CaseOutcome> outcomes = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return outcomes;
        }
        // Oldest first, so that a later decision (after a deferral) replaces the earlier one.
        for (Decision d : store.findByCaseReferenceInOrderById(cases.stream().map(CaseReference::value).toList())) {
            RecordedDecision view = d.view();
            outcomes.put(view.caseReference(), outcome(view));
        }
        learningReviews.commissioned(cases).forEach((ref, at) -> outcomes.computeIfAbsent(ref,
                r -> learningOutcome(referrals.learningReview(r).orElse(null), at)));
        return outcomes;
    }

    /** A referral for learning or good practice went to the PRG as its review, on that day. */
    static CaseOutcome learningOutcome(ReviewType type, Instant commissionedAt) {
        String decision = type == ReviewType.GOOD_PRACTICE ? "Going to a good-practice review"
                : "Going to a reflective review: no statutory screening";
        return new CaseOutcome(decision, type == null ? null : type.title(), commissionedAt.atZone(WorkingDays.UK).toLocalDate(), false);
    }

    static CaseOutcome outcome(RecordedDecision d) {
        ReviewType type = d.reviewType();
        String decision = switch (d.option()) {
            case INITIATE_SCR -> "A Serious Case Review will be carried out";
            case OTHER_REVIEW -> "The criteria for a Serious Case Review are not met; a " + type.label() + " will be carried out";
            case NO_REVIEW -> "No review will be carried out; the learning from the case will be shared";
            case DEFER -> "The chair has asked for more information before deciding";
        };
        String reviewType = d.option().commissionsReview() && type != null ? type.title() : null;
        return new CaseOutcome(decision, reviewType, d.decidedAt().atZone(WorkingDays.UK).toLocalDate());
    }
}
