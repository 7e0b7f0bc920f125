package org.practicereview.meetings;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Whether a case is still running, and its chair's one-month decision date as the case's process holds it. */
@Component
class DecisionDates {

    private final RuntimeService runtime;
    private final CaseInstances instances;

    DecisionDates(RuntimeService runtime, CaseInstances instances) {
        this.runtime = runtime;
        this.instances = instances;
    }

    /** True while the case's process runs: only an open case can be tabled. */
    boolean open(CaseReference caseReference) {
        return instances.running(caseReference, "case-review").isPresent();
    }

    Optional<Instant> due(CaseReference caseReference) {
        return instances.running(caseReference, "case-review")
                .map(id -> runtime.getVariable(id, ProcessVariables.DECISION_DUE))
                .filter(Date.class::isInstance).map(d -> ((Date) d).toInstant());
    }
}
