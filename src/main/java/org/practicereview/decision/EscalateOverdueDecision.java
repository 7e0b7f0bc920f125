package org.practicereview.decision;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The decision's deadline passed with the chair's task still open. */
@Component("escalateOverdueDecision")
class EscalateOverdueDecision implements JavaDelegate {

    private final DecisionNotices notices;

    EscalateOverdueDecision(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseReference ref = new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
        Date due = (Date) execution.getVariable(ProcessVariables.DECISION_DUE);
        notices.escalateOverdue(ref, due == null ? null : due.toInstant());
    }
}
