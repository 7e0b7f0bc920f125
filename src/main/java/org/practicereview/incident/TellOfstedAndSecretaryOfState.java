package org.practicereview.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_NotifyOfstedAndSecretaryOfState: a looked-after child died; both are told, whether or not the panel is (the bean is not named after the routing flag, which an expression would find first). */
@Component("tellOfstedAndSecretaryOfState")
class TellOfstedAndSecretaryOfState implements JavaDelegate {

    private final IncidentSteps steps;

    TellOfstedAndSecretaryOfState(IncidentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.tellOfstedAndSecretaryOfState(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
