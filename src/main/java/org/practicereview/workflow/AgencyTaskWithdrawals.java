package org.practicereview.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator withdraws an agency's outstanding task, with a reason: the owning module records it,
 * the trail says so, and the task ends through the application's task path, so the round goes on
 * without that agency. All in one transaction: a refusal at any step leaves nothing behind.
 */
@Service
public class AgencyTaskWithdrawals {

    public static final int MAX_REASON_LENGTH = 1000;

    private final AgencyTasks agencyTasks;
    private final UserTasks userTasks;
    private final Trail trail;
    private final Map<String, AgencyTaskWithdrawal> owners;

    AgencyTaskWithdrawals(AgencyTasks agencyTasks, UserTasks userTasks, Trail trail, List<AgencyTaskWithdrawal> owners) {
        this.agencyTasks = agencyTasks;
        this.userTasks = userTasks;
        this.trail = trail;
        this.owners = owners.stream().collect(Collectors.toMap(AgencyTaskWithdrawal::taskDefinitionKey, Function.identity()));
    }

    /** The kinds of task the coordinator may withdraw. */
    public Set<String> withdrawableKinds() {
        return owners.keySet();
    }

    /** The open task the coordinator may withdraw, or "no longer open". */
    public AgencyTasks.OpenAgencyTask withdrawable(CaseReference caseReference, String taskId) {
        return agencyTasks.find(caseReference, taskId).filter(t -> owners.containsKey(t.taskDefinitionKey()))
                .orElseThrow(TaskNotAvailableException::alreadyCompleted);
    }

    @Transactional
    public void withdraw(Actor actor, CaseReference caseReference, String taskId, String reason) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the PRG coordinator withdraws an agency's task");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidSubmissionException.of("reason", "Enter why the task is withdrawn");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw InvalidSubmissionException.of("reason", "Reason must be " + MAX_REASON_LENGTH + " characters or fewer");
        }
        AgencyTasks.OpenAgencyTask task = withdrawable(caseReference, taskId);
        String details = owners.get(task.taskDefinitionKey())
                .recordWithdrawal(actor, caseReference, task.agencyCode(), reason.strip());
        trail.append(caseReference, actor, TrailAction.AGENCY_TASK_WITHDRAWN, details);
        userTasks.completeWithdrawn(task.taskId(), actor);
    }
}
