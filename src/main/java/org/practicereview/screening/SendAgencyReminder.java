package org.practicereview.screening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The round's reminder timer fired: chase the agencies that have not answered. */
@Component("sendAgencyReminder")
class SendAgencyReminder implements JavaDelegate {

    private final AgencyRound round;

    SendAgencyReminder(AgencyRound round) {
        this.round = round;
    }

    @Override
    public void execute(DelegateExecution execution) {
        round.remindAwaiting(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
