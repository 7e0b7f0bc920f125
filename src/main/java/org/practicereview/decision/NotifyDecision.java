package org.practicereview.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Sends the notices of the chair's decision. */
@Component("notifyDecision")
class NotifyDecision implements JavaDelegate {

    private final DecisionNotices notices;

    NotifyDecision(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.notifyDecision(new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE)));
    }
}
