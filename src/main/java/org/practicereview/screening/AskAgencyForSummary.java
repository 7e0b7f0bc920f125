package org.practicereview.screening;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_ProvideAgencySummary created: its agency is asked by mail, with a link to the task. */
@Component("askAgencyForSummary")
class AskAgencyForSummary implements TaskListener {

    private final AgencyRound round;

    AskAgencyForSummary(AgencyRound round) {
        this.round = round;
    }

    @Override
    public void notify(DelegateTask task) {
        round.askForSummary(new CaseReference((String) task.getVariable(ProcessVariables.CASE_REFERENCE)), task.getId(),
                (String) task.getVariable(ProcessVariables.AGENCY), task.getDueDate().toInstant());
    }
}
