package org.practicereview.review;

import org.practicereview.shared.BusinessRuleException;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review module's public questions and the progress of an agreed action plan. */
@Service
public class CaseReviews {

    private final Reviews reviews;
    private final Trail trail;

    CaseReviews(Reviews reviews, Trail trail) {
        this.reviews = reviews;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public Optional<ReviewSummary> find(CaseReference caseReference) {
        return reviews.findByCaseReference(caseReference.value()).map(ReviewSummary::of);
    }

    /** The board's written response at sign-off, published with the report; none before sign-off or for a lesser review. */
    @Transactional(readOnly = true)
    public Optional<String> boardResponse(CaseReference caseReference) {
        return reviews.findByCaseReference(caseReference.value()).flatMap(Review::signOff).map(BoardSignOff::boardResponse);
    }

    /** The coordinator records that work on a recommendation has begun. */
    @Transactional
    public void startAction(Actor actor, CaseReference caseReference, int itemNumber) {
        Review review = coordinated(actor, caseReference);
        review.action(itemNumber).start();
        trail.append(caseReference, actor, TrailAction.ACTION_STARTED, "action " + itemNumber);
    }

    /** The coordinator records that a recommendation is done. */
    @Transactional
    public void completeAction(Actor actor, CaseReference caseReference, int itemNumber) {
        Review review = coordinated(actor, caseReference);
        review.action(itemNumber).complete();
        trail.append(caseReference, actor, TrailAction.ACTION_COMPLETED, "action " + itemNumber);
    }

    private Review coordinated(Actor actor, CaseReference caseReference) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the business unit records action plan progress");
        }
        Review review = reviews.findByCaseReference(caseReference.value())
                .orElseThrow(() -> new IllegalArgumentException("No review for " + caseReference));
        if (review.status() != ReviewStatus.COMPLETED) {
            throw new BusinessRuleException("The action plan is not agreed yet");
        }
        return review;
    }
}
