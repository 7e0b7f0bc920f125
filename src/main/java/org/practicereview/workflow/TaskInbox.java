package org.practicereview.workflow;

import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;

/** The work queue: tasks a user has claimed, or may claim through their roles and agency. */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final UserTasks userTasks;
    private final Clock clock;

    TaskInbox(TaskService tasks, RuntimeService runtime, UserTasks userTasks, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.userTasks = userTasks;
        this.clock = clock;
    }

    public record InboxTask(String id, String taskDefinitionKey, String name, CaseReference caseReference,
                            Date created, Date due, boolean overdue, String assignee, boolean claimedByMe) {}

    public List<InboxTask> forActor(Actor actor, boolean dueSoonestFirst) {
        TaskQuery query = tasks.createTaskQuery().active().or()
                .taskAssignee(actor.userId())
                .taskCandidateUser(actor.userId())
                // A copy the engine may add to: it appends the user's own groups to this list.
                .taskCandidateGroupIn(new java.util.ArrayList<>(actor.groups()))
                .endOr();
        List<Task> found = query.listPage(0, 500);
        return toInbox(found, actor, dueSoonestFirst);
    }

    /** Open tasks of one case that the actor may act on. */
    public List<InboxTask> forCase(Actor actor, CaseReference caseReference) {
        return forActor(actor, true).stream().filter(t -> caseReference.equals(t.caseReference())).toList();
    }

    /** Every open task of a case, whoever may act on it (for the case page). */
    public List<InboxTask> openTasksOfCase(CaseReference caseReference) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseReference.value())
                .list().stream().map(ProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return List.of();
        }
        List<Task> found = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list();
        return toInbox(found, Actor.SYSTEM, true);
    }

    public Optional<InboxTask> find(String taskId, Actor actor) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !userTasks.mayAct(task, actor)) {
            return Optional.empty();
        }
        return toInbox(List.of(task), actor, true).stream().findFirst();
    }

    private List<InboxTask> toInbox(List<Task> found, Actor actor, boolean dueSoonestFirst) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        Date now = Date.from(clock.instant());
        Comparator<InboxTask> byDue = Comparator.comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return found.stream()
                .filter(t -> CaseReference.isValid(keys.get(t.getProcessInstanceId())))
                .map(t -> new InboxTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        new CaseReference(keys.get(t.getProcessInstanceId())), t.getCreateTime(), t.getDueDate(),
                        t.getDueDate() != null && t.getDueDate().before(now), t.getAssignee(),
                        actor.userId().equals(t.getAssignee())))
                .sorted(dueSoonestFirst ? byDue.thenComparing(InboxTask::created) : byDue.reversed().thenComparing(InboxTask::created))
                .toList();
    }

}
