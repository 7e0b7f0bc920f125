package org.practicereview.workflow;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/**
 * The running instance of one of a case's processes (the case review, its review, its publication), found
 * by the case reference. The engine's process instance query by business key and process made H2 read every
 * running instance in the country: it took the index on the parent execution ({@code PARENT_ID_ is null},
 * true of every instance) rather than the business key's (benchmark, round 6: a fifth of the case page's
 * time at 10,000 cases). The execution query joins the instance by its business key, which both H2 and
 * PostgreSQL look up by index.
 */
@Component
public class CaseInstances {

    private final RuntimeService runtime;

    CaseInstances(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The id of the case's running instance of {@code processKey}, if there is one. */
    public Optional<String> running(CaseReference caseReference, String processKey) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseReference.value()).processDefinitionKey(processKey)
                .list().stream().map(Execution::getProcessInstanceId).distinct().sorted().findFirst();
    }
}
