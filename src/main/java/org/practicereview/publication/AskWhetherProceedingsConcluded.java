package org.practicereview.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_AskWhetherProceedingsConcluded: the date the coordinator set to check on parallel proceedings came. */
@Component("askWhetherProceedingsConcluded")
class AskWhetherProceedingsConcluded implements JavaDelegate {

    private final PublicationSteps steps;

    AskWhetherProceedingsConcluded(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.askWhetherProceedingsConcluded(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
