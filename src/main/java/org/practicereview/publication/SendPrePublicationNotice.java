package org.practicereview.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_SendPrePublicationNotice: tells the national panel and Ofsted and sets the notice period for the timer. */
@Component("sendPrePublicationNotice")
class SendPrePublicationNotice implements JavaDelegate {

    private final PublicationSteps steps;

    SendPrePublicationNotice(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.PUBLISH_NOT_BEFORE, steps.sendPrePublicationNotice(ref(execution)));
    }

    private static CaseReference ref(DelegateExecution execution) {
        return new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
    }
}
