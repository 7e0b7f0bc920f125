package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_SendAgencyReportReminder: fifteen working days into the agency report round, chase the agencies still to report. */
@Component("sendAgencyReportReminder")
class SendAgencyReportReminder implements JavaDelegate {

    private final AgencyReportRound round;

    SendAgencyReportReminder(AgencyReportRound round) {
        this.round = round;
    }

    @Override
    public void execute(DelegateExecution execution) {
        round.remindAwaiting(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
