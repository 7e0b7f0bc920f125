package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator gives an open task of a case to another person who may do it: someone in one of the
 * task's candidate groups (the role, or the agency's own users), with a reason, in the trail. A task
 * addressed to one named person (the lead reviewer, the referrer) has no group to choose from: the
 * lead reviewer's tasks move when the chair replaces the lead reviewer.
 */
@Service
public class TaskReassignments {

    public static final int MAX_REASON_LENGTH = 1000;

    /** A person the task may be given to, by name. */
    public record Candidate(String userId, String name) {}

    /** An open task that may be reassigned, who has it now (in words) and who may take it. */
    public record Reassignable(String taskId, String taskName, String current, List<Candidate> candidates) {}

    private final TaskService tasks;
    private final UserTasks userTasks;
    private final Users users;
    private final Trail trail;

    TaskReassignments(TaskService tasks, UserTasks userTasks, Users users, Trail trail) {
        this.tasks = tasks;
        this.userTasks = userTasks;
        this.users = users;
        this.trail = trail;
    }

    /** True when the task is offered to groups, so the coordinator may choose someone in them. */
    public static boolean offeredToGroups(List<IdentityLink> links) {
        return links.stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null);
    }

    @Transactional(readOnly = true)
    public Reassignable reassignable(Actor actor, CaseReference caseReference, String taskId) {
        requireCoordinator(actor);
        Task task = openTask(caseReference, taskId);
        List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
        if (!offeredToGroups(links)) {
            throw new TaskNotAvailableException("This task is for one named person and cannot be given to anyone else here."
                    + " The chair replaces a lead reviewer on the case page.");
        }
        String current = task.getAssignee() == null ? "Not claimed by anyone" : "Claimed by " + nameOf(task.getAssignee());
        List<Candidate> candidates = candidates(links).values().stream()
                .filter(u -> !u.username().equals(task.getAssignee()))
                .map(u -> new Candidate(u.username(), u.displayName())).toList();
        return new Reassignable(task.getId(), task.getName(), current, candidates);
    }

    @Transactional
    public void reassign(Actor actor, CaseReference caseReference, String taskId, String toUserId, String reason) {
        Reassignable task = reassignable(actor, caseReference, taskId);
        List<FieldError> errors = new ArrayList<>();
        Candidate to = task.candidates().stream().filter(c -> c.userId().equals(toUserId)).findFirst().orElse(null);
        if (to == null) {
            errors.add(new FieldError("assignee", "Select the person to give the task to"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "Enter why the task is given to someone else"));
        } else if (reason.strip().length() > MAX_REASON_LENGTH) {
            errors.add(new FieldError("reason", "Reason must be " + MAX_REASON_LENGTH + " characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        userTasks.reassign(taskId, actor, to.userId());
        trail.append(caseReference, actor, TrailAction.TASK_REASSIGNED, task.taskName() + ": " + task.current().toLowerCase(Locale.UK)
                + ", now given to " + to.name() + ": " + reason.strip());
    }

    /** Everyone in the task's candidate groups who may sign in and act in that group, by user id. */
    private Map<String, UserAccount> candidates(List<IdentityLink> links) {
        Map<String, UserAccount> found = new LinkedHashMap<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                boolean agency = link.getGroupId().startsWith(Actor.AGENCY_GROUP_PREFIX);
                users.inGroup(link.getGroupId()).stream()
                        .filter(u -> u.enabled() && (!agency || u.roles().contains(Role.AGENCY)))
                        .forEach(u -> found.putIfAbsent(u.username(), u));
            }
        }
        return found;
    }

    private Task openTask(CaseReference caseReference, String taskId) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseReference.value()).taskId(taskId).singleResult();
        if (task == null) {
            throw TaskNotAvailableException.alreadyCompleted();
        }
        return task;
    }

    private String nameOf(String userId) {
        return users.find(userId).map(UserAccount::displayName).orElse(userId);
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the PRG coordinator reassigns a case's tasks");
        }
    }
}
