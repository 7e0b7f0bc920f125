package org.practicereview.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_EscalateAgencyReportsOverdue: the agency reports are past their due date with some still outstanding. */
@Component("escalateAgencyReportsOverdue")
class EscalateAgencyReportsOverdue implements JavaDelegate {

    private final AgencyReportRound round;

    EscalateAgencyReportsOverdue(AgencyReportRound round) {
        this.round = round;
    }

    @Override
    public void execute(DelegateExecution execution) {
        round.escalateOverdue(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
