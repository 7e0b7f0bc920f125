package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_SubmitAgencyReport created: its agency is asked by mail for its report, with a link to the task. */
@Component("askAgencyForReport")
class AskAgencyForReport implements TaskListener {

    private final AgencyReportRound round;

    AskAgencyForReport(AgencyReportRound round) {
        this.round = round;
    }

    @Override
    public void notify(DelegateTask task) {
        round.askForReport(new CaseReference((String) task.getVariable(ProcessVariables.CASE_REFERENCE)), task.getId(),
                (String) task.getVariable(ProcessVariables.AGENCY), task.getDueDate().toInstant());
    }
}
