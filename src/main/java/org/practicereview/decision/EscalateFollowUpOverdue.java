package org.practicereview.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Task_EscalateFollowUpOverdue: the first follow-up action's due date passed with actions not done. */
@Component("escalateFollowUpOverdue")
class EscalateFollowUpOverdue implements JavaDelegate {

    private final FollowUps followUps;

    EscalateFollowUpOverdue(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.escalateOverdue(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
