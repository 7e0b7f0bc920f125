package org.practicereview.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Writes to a case's trail, in words, every change someone makes to it outside the application (an
 * administrator repairing a case in Cockpit): who, what, when. Camunda notes each such change in its
 * user operation log; this handler sees the same entries as they are made, in the same transaction,
 * so the change and its trail event are committed together or not at all.
 */
final class AdministratorRepairs implements HistoryEventHandler {

    private static final Map<String, String> OPERATIONS = Map.ofEntries(
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND, "Case process suspended"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE, "Case process resumed"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_JOB, "Scheduled step suspended"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_ACTIVATE_JOB, "Scheduled step resumed"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE, "Case process cancelled"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, "A value the process holds was changed"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "Values the process holds were changed"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "A value the process holds was removed"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MIGRATE, "Case process moved to another version of its diagram"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE, "Case process moved to another step"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_EXECUTE, "Scheduled step run by hand"),
            Map.entry(UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY, "Case history deleted"));

    private final ObjectProvider<Trail> trail;

    AdministratorRepairs(ObjectProvider<Trail> trail) {
        this.trail = trail;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof UserOperationLogEntryEventEntity entry && entry.getUserId() != null
                && !EngineCallers.isApplication()) {
            CaseReference ref = caseOf(entry);
            if (ref != null) {
                trail.getObject().append(ref, Actor.of(entry.getUserId(), Role.ADMIN), TrailAction.CHANGED_IN_CAMUNDA,
                        words(entry));
            }
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private static String words(UserOperationLogEntryEventEntity entry) {
        String type = entry.getOperationType();
        if (UserOperationLogEntry.OPERATION_TYPE_SET_DUEDATE.equals(type)) {
            return "Moved the date of \u201c" + stepOf(entry) + "\u201d from " + date(entry.getOrgValue())
                    + " to " + date(entry.getNewValue());
        }
        if (UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES.equals(type)) {
            return "Set \u201c" + stepOf(entry) + "\u201d to be tried again (" + entry.getNewValue() + " more attempts)";
        }
        return OPERATIONS.getOrDefault(type, "Changed the case process in Camunda") + ".";
    }

    /** The name the diagram gives the step a job runs, such as "Notice period over". */
    private static String stepOf(UserOperationLogEntryEventEntity entry) {
        CommandContext context = Context.getCommandContext();
        JobEntity job = entry.getJobId() == null ? null : context.getJobManager().findJobById(entry.getJobId());
        if (job == null || job.getActivityId() == null || entry.getProcessDefinitionId() == null) {
            return "a scheduled step";
        }
        ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(entry.getProcessDefinitionId());
        ActivityImpl activity = definition == null ? null : definition.findActivity(job.getActivityId());
        Object name = activity == null ? null : activity.getProperty("name");
        return name == null ? "a scheduled step" : name.toString();
    }

    private static String date(String epochMillis) {
        if (epochMillis == null || epochMillis.isBlank()) {
            return "no date";
        }
        try {
            return GovDates.time(Instant.ofEpochMilli(Long.parseLong(epochMillis.trim())));
        } catch (NumberFormatException notADate) {
            return "another date";
        }
    }

    private static CaseReference caseOf(UserOperationLogEntryEventEntity entry) {
        for (String instance : new String[] {entry.getProcessInstanceId(), entry.getRootProcessInstanceId()}) {
            Object ref = instance == null ? null : caseReferenceOf(instance);
            if (ref != null) {
                try {
                    return new CaseReference(ref.toString());
                } catch (IllegalArgumentException notACase) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object caseReferenceOf(String processInstanceId) {
        CommandContext context = Context.getCommandContext();
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(processInstanceId);
        if (execution != null) {
            Object ref = execution.getVariable(ProcessVariables.CASE_REFERENCE);
            return ref != null ? ref : execution.getBusinessKey();
        }
        HistoricProcessInstanceEntity ended = context.getHistoricProcessInstanceManager()
                .findHistoricProcessInstance(processInstanceId);
        return ended == null ? null : ended.getBusinessKey();
    }
}
