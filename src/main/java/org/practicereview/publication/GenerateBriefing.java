package org.practicereview.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_GenerateBriefing: freezes a new version of the 7 minute briefing and stores its PDF, rendered from that version. */
@Component("generateBriefing")
class GenerateBriefing implements JavaDelegate {

    private final PublicationSteps steps;

    GenerateBriefing(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.generateBriefing(ref(execution));
    }

    private static CaseReference ref(DelegateExecution execution) {
        return new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
    }
}
