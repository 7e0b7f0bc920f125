package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_EscalateReviewOverdue: the six-month target has passed with the review still open. */
@Component("escalateReviewOverdue")
class EscalateReviewOverdue implements JavaDelegate {

    private final ReviewDeadlines deadlines;

    EscalateReviewOverdue(ReviewDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.escalate(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
