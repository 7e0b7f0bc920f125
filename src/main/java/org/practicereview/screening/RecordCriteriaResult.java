package org.practicereview.screening;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stores what the criteria table concluded, with its version and rule, and routes on the result. */
@Component("recordCriteriaResult")
class RecordCriteriaResult implements JavaDelegate {

    private final CriteriaResults results;

    RecordCriteriaResult(CriteriaResults results) {
        this.results = results;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        CaseReference ref = new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
        Map<String, Object> outcome = (Map<String, Object>) execution.getVariable(ProcessVariables.CRITERIA_OUTCOME);
        CriteriaFacts facts = CriteriaFacts.from(execution::getVariable);
        CriteriaResult result = results.record(ref, execution.getProcessInstanceId(), facts, outcome);
        execution.setVariable(ProcessVariables.CRITERIA_RESULT, result.name());
    }
}
