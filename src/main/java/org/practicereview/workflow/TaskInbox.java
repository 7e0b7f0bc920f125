package org.practicereview.workflow;

import java.time.Clock;
import java.util.ArrayList;
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
                            Date created, Date due, boolean overdue, String assignee, boolean claimedByMe) {

        /** What the due date is, said after it; null when the task has no due date or its clock is unknown. */
        public String dueBasis() {
            return due == null ? null : TaskDeadlines.basis(taskDefinitionKey).orElse(null);
        }

        /** Said instead of a date when the task has none: why no deadline applies. */
        public String withoutDueDate() {
            return TaskDeadlines.withoutDueDate(taskDefinitionKey);
        }
    }

    /** One page of a work queue, and how many tasks the queue holds in all. */
    public record QueuePage(List<InboxTask> tasks, long total, int page, int pages) {

        /** The position in the whole queue of the first task on this page (1 on the first page). */
        public long firstShown() {
            return (long) (page - 1) * PAGE_SIZE + 1;
        }

        public long lastShown() {
            return firstShown() + tasks.size() - 1;
        }
    }

    public static final int PAGE_SIZE = 25;

    /**
     * One page of the tasks the actor has claimed or may claim, ordered by due date in the database
     * (tasks without a due date after the others when soonest first, before them when latest first;
     * then oldest first), so that a queue of any length pages correctly. A page number past the end
     * gives the last page. Three statements whatever the queue's length: its count, its page and the
     * page's case references ({@link QueueQuery}).
     */
    public QueuePage queue(Actor actor, boolean dueSoonestFirst, int page) {
        QueueQuery query = new QueueQuery(actor);
        long total = query.apply(tasks.createNativeTaskQuery(), query.count()).count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Task> found = total == 0 ? List.of() : query.apply(tasks.createNativeTaskQuery(), query.page(dueSoonestFirst))
                .listPage((current - 1) * PAGE_SIZE, PAGE_SIZE);
        return new QueuePage(toInbox(found, actor), total, current, pages);
    }

    /** Open tasks of these kinds (task definition keys) that the actor may act on, soonest due first. */
    public List<InboxTask> ofKinds(Actor actor, Set<String> taskDefinitionKeys) {
        List<Task> found = visibleTo(actor).taskDefinitionKeyIn(taskDefinitionKeys.toArray(String[]::new)).list();
        return sortedByDue(toInbox(found, actor));
    }

    /** Open tasks of one case that the actor may act on. */
    public List<InboxTask> forCase(Actor actor, CaseReference caseReference) {
        return sortedByDue(toInbox(visibleTo(actor).processInstanceBusinessKey(caseReference.value()).list(), actor));
    }

    private TaskQuery visibleTo(Actor actor) {
        return tasks.createTaskQuery().active().or()
                .taskAssignee(actor.userId())
                .taskCandidateUser(actor.userId())
                // A copy the engine may add to: it appends the user's own groups to this list.
                .taskCandidateGroupIn(new ArrayList<>(actor.groups()))
                .endOr();
    }

    /**
     * Every open task of a case, whoever may act on it (for the case page). One query: call activities
     * pass the case's business key on, so the tasks of its review and publication are found too.
     */
    public List<InboxTask> openTasksOfCase(CaseReference caseReference) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseReference.value()).list();
        Date now = Date.from(clock.instant());
        return sortedByDue(found.stream().map(t -> inboxTask(t, caseReference, now, Actor.SYSTEM)).toList());
    }

    /** Every open task of these kinds, whoever may act on it (the PRG's agenda proposes their cases). */
    public List<InboxTask> openOfKinds(Set<String> taskDefinitionKeys) {
        return sortedByDue(toInbox(tasks.createTaskQuery().active()
                .taskDefinitionKeyIn(taskDefinitionKeys.toArray(String[]::new)).list(), Actor.SYSTEM));
    }

    public Optional<InboxTask> find(String taskId, Actor actor) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !userTasks.mayAct(task, actor)) {
            return Optional.empty();
        }
        return toInbox(List.of(task), actor).stream().findFirst();
    }

    /** The tasks in the order given, with their cases' references (one query for the business keys). */
    private List<InboxTask> toInbox(List<Task> found, Actor actor) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> ids = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = QueueQuery.businessKeys(runtime, ids).stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> p.getBusinessKey() == null ? "" : p.getBusinessKey()));
        Date now = Date.from(clock.instant());
        return found.stream()
                .filter(t -> CaseReference.isValid(keys.get(t.getProcessInstanceId())))
                .map(t -> inboxTask(t, new CaseReference(keys.get(t.getProcessInstanceId())), now, actor))
                .toList();
    }

    private static InboxTask inboxTask(Task t, CaseReference caseReference, Date now, Actor actor) {
        return new InboxTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), caseReference, t.getCreateTime(), t.getDueDate(),
                t.getDueDate() != null && t.getDueDate().before(now), t.getAssignee(), actor.userId().equals(t.getAssignee()));
    }

    private static List<InboxTask> sortedByDue(List<InboxTask> tasks) {
        return tasks.stream().sorted(Comparator.comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxTask::created)).toList();
    }

}
