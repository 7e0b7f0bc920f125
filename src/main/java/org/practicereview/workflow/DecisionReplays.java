package org.practicereview.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * Evaluates a decision table again, outside the process engine and without writing history, to name the
 * rule that matched: a module records which rule of which table version decided a case, and when the
 * evaluation ran in the same transaction the engine's decision history is not readable yet. One DMN engine
 * for the application: building one starts the FEEL interpreter (half a second to a second each time),
 * and the screening built a new one for every case it recorded.
 */
@Component
public class DecisionReplays {

    /** What the table gave on the facts: its single result's entries and the first rule that matched. */
    public record Replay(DmnDecisionRuleResult result, String ruleId) {}

    private final ThreadLocal<String> matchedRule = new ThreadLocal<>();
    private final DmnEngine engine;
    private final RepositoryService repository;

    DecisionReplays(RepositoryService repository) {
        this.repository = repository;
        DmnDecisionTableEvaluationListener listener = event -> event.getMatchingRules().stream().findFirst()
                .ifPresent(rule -> matchedRule.set(rule.getId()));
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(listener)).buildEngine();
    }

    /**
     * The version of table {@code decisionKey} that the business rule task {@code activityId} of a diagram
     * evaluates: the latest carrying the version tag the task binds to, or the latest when it binds to the latest.
     */
    public DecisionDefinition tableBoundBy(String processDefinitionId, String activityId, String decisionKey) {
        BusinessRuleTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        String tag = "versionTag".equals(task.getCamundaDecisionRefBinding()) ? task.getCamundaDecisionRefVersionTag() : null;
        DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey);
        if (tag != null) {
            query.versionTag(tag);
        }
        return query.orderByDecisionDefinitionVersion().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No decision table " + decisionKey + " tagged " + tag));
    }

    /** {@code table} evaluated on {@code variables}; empty when no rule matched. */
    public Optional<Replay> replay(DecisionDefinition table, Map<String, Object> variables) {
        DmnDecision decision = engine.parseDecision(table.getKey(), repository.getDmnModelInstance(table.getId()));
        try {
            DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, variables).getSingleResult();
            String ruleId = matchedRule.get();
            return ruleId == null || result == null ? Optional.empty() : Optional.of(new Replay(result, ruleId));
        } finally {
            matchedRule.remove();
        }
    }
}
