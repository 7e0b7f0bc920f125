package org.practicereview.web.cases;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.AgencyTaskWithdrawals;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.TaskReassignments;
import org.practicereview.workflow.UserTasks;
import org.springframework.stereotype.Component;

/** The open tasks of a case with who may act on them, and whether the coordinator's actions apply now. */
@Component
class CaseTasks {

    /**
     * {@code taskId} is set only when the viewer may act on the task, so the page links it; {@code
     * withdrawId} only when the viewer is the coordinator and the task is an agency's, which they may withdraw;
     * {@code reassignId} only when the viewer is the coordinator and the task is offered to a group.
     */
    public record OpenTask(String name, String whoMayAct, String due, boolean overdue, String taskId, String withdrawId,
                           String reassignId) {}

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Agencies agencies;
    private final AgencyTaskWithdrawals withdrawals;
    private final Users users;

    CaseTasks(TaskInbox inbox, TaskService tasks, RuntimeService runtime, Agencies agencies,
              AgencyTaskWithdrawals withdrawals, Users users) {
        this.users = users;
        this.withdrawals = withdrawals;
        this.inbox = inbox;
        this.tasks = tasks;
        this.runtime = runtime;
        this.agencies = agencies;
    }

    List<OpenTask> openTasks(Actor viewer, CaseReference reference) {
        List<OpenTask> open = new ArrayList<>();
        boolean coordinator = viewer.has(Role.PRG_COORDINATOR);
        for (TaskInbox.InboxTask t : inbox.openTasksOfCase(reference)) {
            List<IdentityLink> links = t.assignee() == null ? tasks.getIdentityLinksForTask(t.id()) : List.of();
            boolean withdrawable = coordinator && withdrawals.withdrawableKinds().contains(t.taskDefinitionKey());
            List<IdentityLink> offered = coordinator && t.assignee() != null ? tasks.getIdentityLinksForTask(t.id()) : links;
            boolean reassignable = coordinator && TaskReassignments.offeredToGroups(offered);
            open.add(new OpenTask(t.name(), whoMayAct(t, links), t.due() == null ? t.withoutDueDate() : Labels.day(t.due()), t.overdue(),
                    UserTasks.mayAct(t.assignee(), links, viewer) ? t.id() : null, withdrawable ? t.id() : null,
                    reassignable ? t.id() : null));
        }
        return open;
    }

    /** The agency information round is open: its interrupting "closed early" message is awaited. */
    boolean agencyRoundOpen(CaseReference reference) {
        return waitingFor(reference, ProcessVariables.MESSAGE_AGENCY_ROUND_CLOSED);
    }

    /** The referring agency has questions to answer, which the coordinator may withdraw. */
    boolean questionOpen(CaseReference reference) {
        return waitingFor(reference, ProcessVariables.MESSAGE_QUESTION_WITHDRAWN);
    }

    /** The agency report round of an SCR is open: its interrupting "round closed" message is awaited. */
    boolean agencyReportRoundOpen(CaseReference reference) {
        return waitingFor(reference, ProcessVariables.MESSAGE_AGENCY_REPORT_ROUND_CLOSED);
    }

    /** Publication is held until parallel proceedings conclude. */
    boolean publicationHeld(CaseReference reference) {
        return waitingFor(reference, ProcessVariables.MESSAGE_PROCEEDINGS_CONCLUDED);
    }

    private boolean waitingFor(CaseReference reference, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(reference.value())
                .messageEventSubscriptionName(message).count() > 0;
    }

    private String whoMayAct(TaskInbox.InboxTask task, List<IdentityLink> links) {
        if (task.assignee() != null) {
            return "Assigned to " + users.find(task.assignee()).map(UserAccount::displayName).orElse(task.assignee());
        }
        List<String> who = new ArrayList<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                who.add(link.getGroupId() != null ? group(link.getGroupId()) : link.getUserId());
            }
        }
        return who.isEmpty() ? "Nobody yet" : String.join(", ", who);
    }

    private String group(String groupId) {
        if (groupId.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            return agencies.nameOf(groupId.substring(Actor.AGENCY_GROUP_PREFIX.length()));
        }
        try {
            return roleName(Role.valueOf(groupId));
        } catch (IllegalArgumentException e) {
            return groupId;
        }
    }

    static String roleName(Role role) {
        return switch (role) {
            case AGENCY -> "Agency user";
            case PRG_COORDINATOR -> "PRG coordinator (business unit)";
            case PRG_MEMBER -> "PRG member";
            case CHAIR -> "Independent chair";
            case REVIEWER -> "Lead reviewer";
            case AUDITOR -> "Auditor";
            case ADMIN -> "Administrator";
            case PARTNER_LOCAL_AUTHORITY -> "Local authority safeguarding partner";
            case PARTNER_ICB -> "Integrated care board safeguarding partner";
            case PARTNER_POLICE -> "Police safeguarding partner";
        };
    }
}
