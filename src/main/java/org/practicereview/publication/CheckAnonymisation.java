package org.practicereview.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_CheckAnonymisation: scans the pack and routes to the resolve task while anything is found. */
@Component("checkAnonymisation")
class CheckAnonymisation implements JavaDelegate {

    private final PublicationSteps steps;

    CheckAnonymisation(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.ANONYMISATION_FINDINGS, steps.check(ref(execution)));
    }

    private static CaseReference ref(DelegateExecution execution) {
        return new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
    }
}
