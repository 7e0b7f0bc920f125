package org.practicereview.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.practicereview.workflow.DecisionReplays;
import org.springframework.stereotype.Component;

/**
 * Finds which version of the criteria table ran for a process instance and which rule fired. The
 * engine's decision history says so once it is flushed; when the evaluation happened in the same
 * transaction (no wait state between the business rule task and the delegate) it is not visible yet,
 * and the table version the task ran is replayed on the recorded facts, without writing history, to name
 * the rule: the version carrying the tag the case's diagram names (the task binds by version tag), or the
 * latest for a case started under a diagram that bound to the latest.
 */
@Component
class CriteriaEvaluations {

    static final String DECISION_KEY = "scr-criteria";
    static final String EVALUATION_ACTIVITY = "Task_EvaluateCriteria";

    private final HistoryService history;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final Clock clock;
    private final DecisionReplays replays;

    CriteriaEvaluations(HistoryService history, RepositoryService repository, RuntimeService runtime, Clock clock,
                        DecisionReplays replays) {
        this.replays = replays;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The evaluation of facts recorded at {@code screenedAt}. An older evaluation of the same instance
     * (a screening before a deferral) is never taken for it.
     */
    Screening.Evaluation of(String processInstanceId, CriteriaFacts facts, Instant screenedAt, Map<String, Object> outcome) {
        CriteriaResult result = CriteriaResult.valueOf((String) outcome.get("criteriaResult"));
        String reason = (String) outcome.get("criteriaReason");
        return fromHistory(processInstanceId)
                .filter(h -> !h.getEvaluationTime().toInstant().isBefore(screenedAt))
                .map(h -> fromHistory(h, result, reason))
                .orElseGet(() -> replay(tableRunBy(processInstanceId), facts, result, reason));
    }

    private Optional<HistoricDecisionInstance> fromHistory(String processInstanceId) {
        return history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
                .activityIdIn(EVALUATION_ACTIVITY).includeOutputs().orderByEvaluationTime().desc()
                .listPage(0, 1).stream().findFirst();
    }

    private Screening.Evaluation fromHistory(HistoricDecisionInstance h, CriteriaResult result, String reason) {
        DecisionDefinition table = repository.getDecisionDefinition(h.getDecisionDefinitionId());
        String ruleId = h.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).findFirst()
                .orElseThrow(() -> new IllegalStateException("The criteria evaluation matched no rule"));
        return new Screening.Evaluation(result, reason, ruleId, table.getKey(), table.getVersion(), table.getVersionTag(),
                h.getEvaluationTime().toInstant());
    }

    /** The table version the instance's diagram binds its criteria task to. */
    private DecisionDefinition tableRunBy(String processInstanceId) {
        String diagram = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
        return replays.tableBoundBy(diagram, EVALUATION_ACTIVITY, DECISION_KEY);
    }

    private Screening.Evaluation replay(DecisionDefinition table, CriteriaFacts facts, CriteriaResult result, String reason) {
        DecisionReplays.Replay replayed = replays.replay(table, facts.toVariables())
                .filter(r -> result.name().equals(r.result().getEntry("criteriaResult")))
                .orElseThrow(() -> new IllegalStateException("Replaying the criteria table did not reproduce its result"));
        return new Screening.Evaluation(result, reason, replayed.ruleId(), table.getKey(), table.getVersion(), table.getVersionTag(),
                clock.instant());
    }
}
