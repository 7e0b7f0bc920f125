package org.practicereview.meetings;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair's one-month decision date of a case still running, as the case's process holds it. */
@Component
class DecisionDates {

    private final RuntimeService runtime;

    DecisionDates(RuntimeService runtime) {
        this.runtime = runtime;
    }

    Optional<Instant> due(CaseReference caseReference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference.value(), "case-review").list()
                .stream().findFirst()
                .map(p -> runtime.getVariable(p.getId(), ProcessVariables.DECISION_DUE))
                .filter(Date.class::isInstance).map(d -> ((Date) d).toInstant());
    }
}
