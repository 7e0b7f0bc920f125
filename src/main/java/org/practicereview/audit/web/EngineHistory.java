package org.practicereview.audit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.practicereview.shared.PeopleNames;
import org.springframework.stereotype.Component;

/**
 * The engine's history of a case: every process instance with the case reference as business key
 * (case-review and the scr-review and publication it calls), their tasks, decision evaluations and
 * who claimed, released or was given each task (from the user operation log), in words, naming people
 * by name (the engine holds user ids).
 */
@Component
class EngineHistory {

    private final HistoryService history;
    private final RepositoryService repository;
    private final Map<String, String> decisionVersions = new java.util.concurrent.ConcurrentHashMap<>();
    private final PeopleNames people;

    EngineHistory(HistoryService history, RepositoryService repository, PeopleNames people) {
        this.history = history;
        this.repository = repository;
        this.people = people;
    }

    List<TimelineEntry> forCase(String reference) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
            entries.add(engine(p.getStartTime(), p.getStartUserId(), "PROCESS_STARTED", p.getProcessDefinitionName()));
            if (p.getEndTime() != null) {
                entries.add(engine(p.getEndTime(), null, "PROCESS_ENDED", p.getProcessDefinitionName() + " " + ended(p.getState())));
            }
            tasks(p.getId(), entries);
            decisions(p.getId(), entries);
        }
        return entries;
    }

    private void tasks(String processInstanceId, List<TimelineEntry> entries) {
        Map<String, String> names = new HashMap<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list()) {
            names.put(t.getId(), t.getName());
            entries.add(engine(t.getStartTime(), null, "TASK_CREATED", t.getName()));
            if (t.getEndTime() != null) {
                entries.add(engine(t.getEndTime(), t.getAssignee(), "TASK_ENDED",
                        t.getName() + " " + t.getDeleteReason() + (t.getAssignee() == null ? "" : " by " + people.nameOf(t.getAssignee()))));
            }
        }
        claims(processInstanceId, names, entries);
    }

    /**
     * Who took or was given a task, from the engine's operation log, in words. The log's other rows
     * are left out: a completion is the task's end above, and every other change is the application's
     * own, in the trail, or an administrator's in Cockpit, which the trail holds in words
     * ({@code CHANGED_IN_CAMUNDA}); Camunda's rows name properties, ids and epoch milliseconds.
     */
    private void claims(String processInstanceId, Map<String, String> taskNames, List<TimelineEntry> entries) {
        List<UserOperationLogEntry> changes = history.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .entityType(EntityTypes.TASK).list();
        for (UserOperationLogEntry change : changes) {
            String task = taskNames.get(change.getTaskId());
            if (task == null || !"assignee".equals(change.getProperty())) {
                continue;
            }
            String to = change.getNewValue();
            boolean claim = UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(change.getOperationType());
            if (claim && to != null) {
                entries.add(engine(change.getTimestamp(), change.getUserId(), "TASK_CLAIMED", task + " claimed by " + people.nameOf(to)));
            } else if (to == null) {
                entries.add(engine(change.getTimestamp(), change.getUserId(), "TASK_UNCLAIMED", task + " released"));
            } else {
                entries.add(engine(change.getTimestamp(), change.getUserId(), "TASK_ASSIGNED", task + " given to " + people.nameOf(to)));
            }
        }
    }

    private void decisions(String processInstanceId, List<TimelineEntry> entries) {
        for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
                .includeInputs().includeOutputs().list()) {
            String inputs = d.getInputs().stream().map(i -> name(i.getClauseName(), i.getClauseId()) + ": " + inWords(i.getValue()))
                    .collect(Collectors.joining(", "));
            String outputs = d.getOutputs().stream().map(o -> name(o.getClauseName(), o.getVariableName()) + ": " + inWords(o.getValue()))
                    .collect(Collectors.joining(", "));
            entries.add(engine(d.getEvaluationTime(), d.getUserId(), "DECISION_EVALUATED", d.getDecisionDefinitionName()
                    + ", " + version(d.getDecisionDefinitionId()) + "; asked: " + inputs + "; answered: " + outputs));
        }
    }

    /** The engine's values as the auditor reads them: yes or no, a criteria result in words. */
    private static String inWords(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        return AuditWords.CRITERIA_RESULTS.getOrDefault(String.valueOf(value), String.valueOf(value));
    }

    private static String ended(String state) {
        return switch (state) {
            case "COMPLETED" -> "completed";
            case "EXTERNALLY_TERMINATED" -> "stopped by a person";
            case "INTERNALLY_TERMINATED" -> "stopped by the process";
            default -> state.toLowerCase(java.util.Locale.UK);
        };
    }

    private static String name(String name, String id) {
        return name == null ? id : name;
    }

    private String version(String decisionDefinitionId) {
        return decisionVersions.computeIfAbsent(decisionDefinitionId, id -> {
            DecisionDefinition def = repository.getDecisionDefinition(id);
            return "version " + def.getVersion() + (def.getVersionTag() == null ? "" : " (" + def.getVersionTag() + ")");
        });
    }

    private static TimelineEntry engine(java.util.Date at, String actor, String action, String details) {
        return new TimelineEntry(at.toInstant(), TimelineEntry.ENGINE, null, actor == null ? "system" : actor, "—", action, details);
    }

}
