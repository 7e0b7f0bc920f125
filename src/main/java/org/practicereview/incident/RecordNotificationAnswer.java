package org.practicereview.incident;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_RecordNotificationAnswer: stores the criteria's answer with its table and rule, and routes on it. */
@Component("recordNotificationAnswer")
class RecordNotificationAnswer implements JavaDelegate {

    private final IncidentSteps steps;

    RecordNotificationAnswer(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseReference ref = new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
        Map<?, ?> outcome = (Map<?, ?>) execution.getVariable(ProcessVariables.NOTIFICATION_OUTCOME);
        NotificationAnswer answer = steps.recordAnswer(ref, execution.getProcessDefinitionId(),
                IncidentFacts.from(execution::getVariable), outcome);
        execution.setVariable(ProcessVariables.NOTIFIABLE, answer.notifyPanel());
        execution.setVariable(ProcessVariables.NOTIFY_OFSTED_AND_SECRETARY_OF_STATE, answer.notifyOfstedAndSecretaryOfState());
    }
}
