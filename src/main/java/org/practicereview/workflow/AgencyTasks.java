package org.practicereview.workflow;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;

/**
 * The open tasks of a case that are addressed to one agency each (the multi-instance rounds: agency
 * summaries, agency reports). Each task's agency is a local variable of its own execution.
 */
@Service
public class AgencyTasks {

    /** One agency's open task. */
    public record OpenAgencyTask(String taskId, String taskDefinitionKey, String taskName, String agencyCode, Date due) {}

    private final TaskService tasks;
    private final RuntimeService runtime;

    AgencyTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open tasks of this kind in the case, one per agency still asked. */
    public List<OpenAgencyTask> open(CaseReference caseReference, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseReference.value())
                .taskDefinitionKey(taskDefinitionKey).list().stream().map(this::of).toList();
    }

    /** The agency codes whose task of this kind is still open. */
    public List<String> awaiting(CaseReference caseReference, String taskDefinitionKey) {
        return open(caseReference, taskDefinitionKey).stream().map(OpenAgencyTask::agencyCode).toList();
    }

    /** An open task of the case that is addressed to one agency, if this id is one. */
    public Optional<OpenAgencyTask> find(CaseReference caseReference, String taskId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseReference.value()).taskId(taskId).singleResult();
        if (task == null || runtime.getVariable(task.getExecutionId(), ProcessVariables.AGENCY) == null) {
            return Optional.empty();
        }
        return Optional.of(of(task));
    }

    private OpenAgencyTask of(Task task) {
        Object agency = runtime.getVariable(task.getExecutionId(), ProcessVariables.AGENCY);
        return new OpenAgencyTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                agency == null ? null : agency.toString(), task.getDueDate());
    }
}
