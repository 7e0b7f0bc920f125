package org.practicereview.incident;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.practicereview.workflow.DecisionReplays;
import org.springframework.stereotype.Component;

/**
 * Which version of the notification criteria answered, and by which rule: the table the case's diagram binds its
 * business rule task to (by version tag), replayed on the recorded facts without writing history, since the
 * engine's own record of the evaluation is not flushed until the transaction ends. The replay must give the
 * answer the task gave, or the evaluation is not recorded at all. The replaying engine is the application's one
 * ({@link DecisionReplays}).
 */
@Component
class NotificationEvaluations {

    static final String DECISION_KEY = "serious-incident-notification";
    static final String EVALUATION_ACTIVITY = "Task_EvaluateNotification";

    private final DecisionReplays replays;
    private final Clock clock;

    NotificationEvaluations(DecisionReplays replays, Clock clock) {
        this.replays = replays;
        this.clock = clock;
    }

    NotificationAnswer of(String processDefinitionId, IncidentFacts facts, Map<?, ?> outcome) {
        boolean notifyPanel = Boolean.TRUE.equals(outcome.get("notifyPanel"));
        boolean notifyOfsted = Boolean.TRUE.equals(outcome.get("notifyOfstedAndSecretaryOfState"));
        DecisionDefinition table = replays.tableBoundBy(processDefinitionId, EVALUATION_ACTIVITY, DECISION_KEY);
        DecisionReplays.Replay replayed = replays.replay(table, facts.toVariables())
                .filter(r -> Boolean.valueOf(notifyPanel).equals(r.result().getEntry("notifyPanel")))
                .orElseThrow(() -> new IllegalStateException("Replaying the notification criteria did not reproduce their answer"));
        return new NotificationAnswer(notifyPanel, notifyOfsted, (String) outcome.get("notificationReason"), table.getKey(),
                table.getVersion(), table.getVersionTag(), replayed.ruleId(), clock.instant());
    }
}
