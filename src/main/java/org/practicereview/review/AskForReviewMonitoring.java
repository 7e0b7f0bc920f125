package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_AskForReviewMonitoring: a local review's monitoring date came; the business unit is asked for its progress. */
@Component("askForReviewMonitoring")
class AskForReviewMonitoring implements JavaDelegate {

    private final ReviewMonitorings monitorings;

    AskForReviewMonitoring(ReviewMonitorings monitorings) {
        this.monitorings = monitorings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monitorings.ask(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
