package org.practicereview.incident;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * Which version of the notification criteria answered, and by which rule: the table the case's diagram binds its
 * business rule task to (by version tag), replayed on the recorded facts without writing history, since the
 * engine's own record of the evaluation is not flushed until the transaction ends. The replay must give the
 * answer the task gave, or the evaluation is not recorded at all. The replaying engine is built once (building one
 * starts a FEEL interpreter, seconds on a busy machine); the rule that matched is handed back per thread.
 */
@Component
class NotificationEvaluations {

    static final String DECISION_KEY = "serious-incident-notification";
    static final String EVALUATION_ACTIVITY = "Task_EvaluateNotification";

    private final RepositoryService repository;
    private final Clock clock;
    private final ThreadLocal<String> matchedRule = new ThreadLocal<>();
    private final DmnEngine engine;

    NotificationEvaluations(RepositoryService repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        DmnDecisionTableEvaluationListener listener = event -> event.getMatchingRules().stream().findFirst()
                .ifPresent(rule -> matchedRule.set(rule.getId()));
        this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(listener)).buildEngine();
    }

    NotificationAnswer of(String processDefinitionId, IncidentFacts facts, Map<?, ?> outcome) {
        boolean notifyPanel = Boolean.TRUE.equals(outcome.get("notifyPanel"));
        boolean notifyOfsted = Boolean.TRUE.equals(outcome.get("notifyOfstedAndSecretaryOfState"));
        DecisionDefinition table = tableRunBy(processDefinitionId);
        DmnDecision decision = engine.parseDecision(DECISION_KEY, repository.getDmnModelInstance(table.getId()));
        String ruleId;
        Object replayed;
        try {
            replayed = engine.evaluateDecisionTable(decision, facts.toVariables()).getSingleResult().getEntry("notifyPanel");
            ruleId = matchedRule.get();
        } finally {
            matchedRule.remove();
        }
        if (ruleId == null || !Boolean.valueOf(notifyPanel).equals(replayed)) {
            throw new IllegalStateException("Replaying the notification criteria did not reproduce their answer");
        }
        return new NotificationAnswer(notifyPanel, notifyOfsted, (String) outcome.get("notificationReason"), table.getKey(),
                table.getVersion(), table.getVersionTag(), ruleId, clock.instant());
    }

    /** The table version the diagram binds the task to: by its version tag, else the latest. */
    private DecisionDefinition tableRunBy(String processDefinitionId) {
        BusinessRuleTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(EVALUATION_ACTIVITY);
        String tag = "versionTag".equals(task.getCamundaDecisionRefBinding()) ? task.getCamundaDecisionRefVersionTag() : null;
        DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY);
        if (tag != null) {
            query.versionTag(tag);
        }
        return query.orderByDecisionDefinitionVersion().desc().listPage(0, 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No notification criteria " + DECISION_KEY + " tagged " + tag));
    }
}
