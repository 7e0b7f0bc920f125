package org.practicereview.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_PublishReview: puts the review in the public catalogue and tells the board and the panel. */
@Component("publishReview")
class PublishReview implements JavaDelegate {

    private final PublicationSteps steps;

    PublishReview(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.publish(ref(execution));
    }

    private static CaseReference ref(DelegateExecution execution) {
        return new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
    }
}
