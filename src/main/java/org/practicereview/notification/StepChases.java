package org.practicereview.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step's target date (workflow.StepTargets) reached: the working day before, its people are reminded
 * (the assignee, or else each candidate role or agency); on the date, the business unit is told, with the
 * way out it has. Notices name the case by reference and the step by its name only.
 */
@Service
class StepChases {

    private static final String REASSIGN = "You can reassign the task to someone else from the case page.";
    /** What the business unit can do about a step that is late, where it is not reassigning it. */
    private static final Map<String, String> WAYS_OUT = Map.of(
            "Task_ProvideMoreInformation", "You can withdraw the question, with a reason, from the case page and continue "
                    + "triage with what is known.");

    private final TaskService tasks;
    private final Notifications notifications;
    private final Trail trail;
    private final BoardSettings settings;

    StepChases(TaskService tasks, Notifications notifications, Trail trail, BoardSettings settings) {
        this.tasks = tasks;
        this.notifications = notifications;
        this.trail = trail;
        this.settings = settings;
    }

    /** Reminds the people of the open task {@code taskKey} of the process instance; nothing when it is done. */
    @Transactional
    void remind(CaseReference ref, String processInstanceId, String taskKey) {
        for (Task task : open(processInstanceId, taskKey)) {
            String due = due(task);
            for (String recipient : peopleOf(task)) {
                notifications.queue(ref, NotificationKind.STEP_REMINDER, recipient,
                        "Reminder: " + task.getName() + ", case " + ref + ", is due by " + due,
                        "The task " + task.getName() + " for case " + ref + " is due by " + due + ".\n\n"
                                + "Sign in to Practice Review to do it, or tell the business unit if it cannot be done by then.", null);
            }
            trail.append(ref, Actor.SYSTEM, TrailAction.STEP_REMINDER_SENT, task.getName() + ", due by " + due);
        }
    }

    /** Tells the business unit that the open task {@code taskKey} has passed its target date. */
    @Transactional
    void escalate(CaseReference ref, String processInstanceId, String taskKey) {
        for (Task task : open(processInstanceId, taskKey)) {
            String due = due(task);
            notifications.queue(ref, NotificationKind.STEP_OVERDUE, settings.current().businessUnitAddress(),
                    "Overdue: " + task.getName() + ", case " + ref,
                    "The task " + task.getName() + " for case " + ref + " was due by " + due + " and is not done.\n\n"
                            + WAYS_OUT.getOrDefault(taskKey, REASSIGN), null);
            trail.append(ref, Actor.SYSTEM, TrailAction.STEP_OVERDUE_ESCALATED, task.getName() + ", was due by " + due);
        }
    }

    private List<Task> open(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active().list();
    }

    private static String due(Task task) {
        return task.getDueDate() == null ? "its target date" : GovDates.time(task.getDueDate().toInstant());
    }

    /** The assignee; else each candidate user, role and agency, as the outbox names them. */
    private List<String> peopleOf(Task task) {
        if (task.getAssignee() != null) {
            return List.of(Recipients.user(task.getAssignee()));
        }
        List<String> recipients = new ArrayList<>();
        tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .forEach(l -> {
                    if (l.getUserId() != null) {
                        recipients.add(Recipients.user(l.getUserId()));
                    } else if (l.getGroupId().startsWith(Actor.AGENCY_GROUP_PREFIX)) {
                        recipients.add(l.getGroupId());
                    } else {
                        recipients.add(Recipients.ROLE_PREFIX + l.getGroupId());
                    }
                });
        return recipients;
    }
}
