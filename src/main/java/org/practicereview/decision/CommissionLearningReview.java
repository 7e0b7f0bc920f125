package org.practicereview.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Sends a learning or good-practice referral to the PRG as its review, past statutory screening. */
@Component("commissionLearningReview")
class CommissionLearningReview implements JavaDelegate {

    private final LearningReviews learningReviews;

    CommissionLearningReview(LearningReviews learningReviews) {
        this.learningReviews = learningReviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewType type = learningReviews.commission(
                new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
        execution.setVariable(ProcessVariables.REVIEW_COMMISSIONED, true);
        execution.setVariable(ProcessVariables.REVIEW_TYPE, type.name());
    }
}
