package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_SendReviewReminder: a month before the six-month target. */
@Component("sendReviewReminder")
class SendReviewReminder implements JavaDelegate {

    private final ReviewDeadlines deadlines;

    SendReviewReminder(ReviewDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.remind(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
