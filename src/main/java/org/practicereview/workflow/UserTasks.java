package org.practicereview.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a user task is completed: check the actor may, validate against the task's form, let
 * the task's handler write the domain record, keep the submission, append to the trail, complete the
 * task — in one transaction, so a refusal or a fault at any step leaves nothing behind.
 */
@Service
public class UserTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Forms forms;
    private final FormValidator validator;
    private final FormSubmissions submissions;
    private final Trail trail;
    private final TaskDrafts drafts;
    private final Map<String, UserTaskHandler> handlers;

    UserTasks(TaskService tasks, RuntimeService runtime, IdentityService identity, Forms forms, FormValidator validator,
              FormSubmissions submissions, Trail trail, TaskDrafts drafts, List<UserTaskHandler> handlers) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.forms = forms;
        this.validator = validator;
        this.submissions = submissions;
        this.trail = trail;
        this.drafts = drafts;
        this.handlers = handlers.stream().collect(Collectors.toMap(UserTaskHandler::taskDefinitionKey, Function.identity()));
    }

    public Set<String> handledTaskKeys() {
        return handlers.keySet();
    }

    public UserTaskHandler handler(String taskDefinitionKey) {
        UserTaskHandler h = handlers.get(taskDefinitionKey);
        if (h == null) {
            throw new IllegalStateException("No service handles task " + taskDefinitionKey);
        }
        return h;
    }

    /** The form of a task, for rendering. */
    public FormDefinition formOf(String taskDefinitionKey) {
        return forms.get(handler(taskDefinitionKey).formId());
    }

    @Transactional
    public CompletedTask complete(String taskId, Actor actor, Map<String, ?> submitted) {
        return complete(taskId, actor, form -> submitted);
    }

    /**
     * The same, for a caller that reads the submitted values only once the task's form is known (a
     * posted page): the task is looked up and checked once, here, not first by the caller as well.
     */
    @Transactional
    public CompletedTask complete(String taskId, Actor actor, Function<FormDefinition, Map<String, ?>> submitted) {
        try {
            return completeOpenTask(taskId, actor, submitted);
        } catch (ProcessEngineException | NullPointerException e) {
            // Any engine call may find the task, its execution or its case gone when another node or
            // request completed the task after this one read it: that is a lost race, said plainly. (On a task
            // with boundary timers the engine fails with a NullPointerException when the winner has removed
            // the task's scope execution.)
            if (gone(taskId)) {
                throw TaskNotAvailableException.alreadyCompleted();
            }
            throw e;
        }
    }

    private boolean gone(String taskId) {
        try {
            return tasks.createTaskQuery().taskId(taskId).count() == 0;
        } catch (RuntimeException unusableTransaction) {
            return false;
        }
    }

    private CompletedTask completeOpenTask(String taskId, Actor actor, Function<FormDefinition, Map<String, ?>> submitted) {
        Task task = openTask(taskId);
        requireMayAct(task, actor);
        UserTaskHandler handler = handler(task.getTaskDefinitionKey());
        FormDefinition form = forms.get(handler.formId());
        ValidatedValues values = validator.validate(form, submitted.apply(form));
        TaskContext context = contextOf(task, actor);
        try {
            Map<String, Object> variables = new HashMap<>(handler.handle(context, values));
            submissions.keep(context.caseReference(), form.id(), task.getId(), task.getTaskDefinitionKey(), actor, values);
            trail.append(context.caseReference(), actor, TrailAction.TASK_COMPLETED,
                    task.getTaskDefinitionKey() + (variables.isEmpty() ? "" : " " + handler.trailSummary(values, variables)));
            completeAs(actor, task.getId(), variables);
        } catch (BusinessRuleException refused) {
            // Not in this state, not yet, not again: said on the task's page beside the first question,
            // what was typed kept; the transaction is rolled back, so nothing of it is stored.
            throw InvalidSubmissionException.of(form.fields().isEmpty() ? "" : form.fields().get(0).key(), refused.getMessage());
        }
        return new CompletedTask(context.caseReference(), task.getTaskDefinitionKey(), task.getName());
    }

    /**
     * Ends an open task without its work, after its owning module recorded why (the coordinator withdrew
     * it): the engine sees a completion with no variables, so a multi-instance round goes on without it.
     */
    @Transactional
    public void completeWithdrawn(String taskId, Actor actor) {
        completeAs(actor, openTask(taskId).getId(), Map.of());
    }

    /**
     * Gives an open task to another person, as the actor (the owning service has checked who may and
     * recorded why); the engine's history names the actor. The draft the previous holder saved goes
     * with the task, so the new one does not start again.
     */
    @Transactional
    public void reassign(String taskId, Actor actor, String toUserId) {
        Task task = openTask(taskId);
        String previous = task.getAssignee();
        runAs(actor, () -> tasks.setAssignee(task.getId(), toUserId));
        drafts.handOver(task.getId(), previous, toUserId);
    }

    @Transactional
    public void claim(String taskId, Actor actor) {
        Task task = openTask(taskId);
        requireMayAct(task, actor);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw new TaskNotAvailableException("Someone else has already claimed this task.");
        }
        runAs(actor, () -> tasks.claim(taskId, actor.userId()));
        trail.append(caseOf(task), actor, TrailAction.TASK_CLAIMED, task.getTaskDefinitionKey());
    }

    @Transactional
    public void unclaim(String taskId, Actor actor) {
        Task task = openTask(taskId);
        if (!actor.userId().equals(task.getAssignee())) {
            throw new NotPermittedException("Only the person who claimed a task can release it.");
        }
        runAs(actor, () -> tasks.setAssignee(taskId, null));
        trail.append(caseOf(task), actor, TrailAction.TASK_UNCLAIMED, task.getTaskDefinitionKey());
    }

    /** True when the actor is the assignee, or the task is unassigned and offered to one of the actor's groups. */
    public boolean mayAct(Task task, Actor actor) {
        if (task.getAssignee() != null) {
            return mayAct(task.getAssignee(), List.of(), actor);
        }
        try {
            return mayAct(null, tasks.getIdentityLinksForTask(task.getId()), actor);
        } catch (NullValueException completedMeanwhile) {
            return false; // gone since it was read (another node or request completed it)
        }
    }

    /** The same rule on a task's assignee and identity links already read. */
    public static boolean mayAct(String assignee, List<IdentityLink> links, Actor actor) {
        if (assignee != null) {
            return assignee.equals(actor.userId());
        }
        List<String> groups = actor.groups();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (groups.contains(link.getGroupId()) || actor.userId().equals(link.getUserId()))) {
                return true;
            }
        }
        return false;
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw TaskNotAvailableException.alreadyCompleted();
        }
        return task;
    }

    private void requireMayAct(Task task, Actor actor) {
        if (!mayAct(task, actor)) {
            // Completed by someone else since it was read: its candidate links are gone with it.
            if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                throw TaskNotAvailableException.alreadyCompleted();
            }
            throw new NotPermittedException("Not permitted to act on this task");
        }
    }

    private TaskContext contextOf(Task task, Actor actor) {
        return new TaskContext(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                task.getExecutionId(), caseOf(task), actor, task.getCreateTime(), task.getDueDate());
    }

    private CaseReference caseOf(Task task) {
        Object ref = runtime.getVariable(task.getProcessInstanceId(), ProcessVariables.CASE_REFERENCE);
        return new CaseReference((String) ref);
    }

    private void completeAs(Actor actor, String taskId, Map<String, Object> variables) {
        try {
            runAs(actor, () -> tasks.complete(taskId, variables));
        } catch (OptimisticLockingException e) {
            throw TaskNotAvailableException.alreadyCompleted();
        } catch (ProcessEngineException | NullPointerException e) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw TaskNotAvailableException.alreadyCompleted();
            }
            throw e;
        }
    }

    /**
     * Runs engine calls as the actor so Camunda's own history names them, through the one door the
     * engine opens to a case task ({@link OneDoor}); restores whoever was set before (the web request
     * filter sets the signed-in user for the whole request).
     */
    private void runAs(Actor actor, Runnable call) {
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(actor.userId(), actor.groups());
        try {
            EngineCallers.throughTaskPath(call);
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }

    public record CompletedTask(CaseReference caseReference, String taskDefinitionKey, String taskName) {}
}
