package org.practicereview.review;

import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.notification.AgencyRequests;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.AgencyTaskWithdrawal;
import org.practicereview.workflow.AgencyTasks;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskNotAvailableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency report round of an SCR, as the summary round before it: each agency asked by mail, a reminder to the agencies that
 * have not answered, an escalation to the business unit at the due date, one agency's report withdrawn,
 * or the round closed with a reason. Notices name the case by reference only.
 */
@Service
public class AgencyReportRound implements AgencyTaskWithdrawal {

    static final String TASK = "Task_SubmitAgencyReport";
    static final int MAX_REASON_LENGTH = 1000;

    private final ReviewSteps steps;
    private final AgencyTasks agencyTasks;
    private final Agencies agencies;
    private final Notifications notifications;
    private final RuntimeService runtime;
    private final Trail trail;
    private final BoardSettings boardSettings;
    private final AgencyRequests agencyRequests;

    AgencyReportRound(ReviewSteps steps, AgencyTasks agencyTasks, Agencies agencies, Notifications notifications,
                      RuntimeService runtime, Trail trail, BoardSettings boardSettings, AgencyRequests agencyRequests) {
        this.agencyRequests = agencyRequests;
        this.steps = steps;
        this.agencyTasks = agencyTasks;
        this.agencies = agencies;
        this.notifications = notifications;
        this.runtime = runtime;
        this.trail = trail;
        this.boardSettings = boardSettings;
    }

    /** One agency's report task is waiting: the agency is asked for its report by mail, once. */
    @Transactional
    void askForReport(CaseReference caseReference, String taskId, String agencyCode, java.time.Instant due) {
        agencyRequests.ask(new AgencyRequests.Ask(caseReference, taskId, agencyCode, NotificationKind.AGENCY_REPORT_REQUEST,
                "Agency report request for review " + caseReference,
                "The serious case review of case " + caseReference + " asks " + agencies.nameOf(agencyCode)
                        + " for its agency report: its involvement, an analysis of it and the learning. Please sign in to "
                        + "submit it by " + GovDates.time(due) + ".",
                due));
    }

    /** The reminder timer fired: each agency whose report is still open is reminded of its due date. */
    @Transactional
    void remindAwaiting(CaseReference caseReference) {
        List<AgencyTasks.OpenAgencyTask> open = agencyTasks.open(caseReference, TASK);
        for (AgencyTasks.OpenAgencyTask task : open) {
            notifications.queue(caseReference, NotificationKind.AGENCY_REPORT_REMINDER, Actor.agencyGroup(task.agencyCode()),
                    "Reminder: agency report for review " + caseReference,
                    "The lead reviewer has not yet received your agency's report for the review of case " + caseReference
                            + ". Please sign in to submit it by " + GovDates.time(task.due().toInstant()) + ".",
                    task.due().toInstant());
        }
        trail.append(caseReference, Actor.SYSTEM, TrailAction.AGENCY_REPORT_REMINDER_SENT, "Reminded " + names(open));
    }

    /** The due date passed with reports outstanding: the business unit is told which, to chase or close. */
    @Transactional
    void escalateOverdue(CaseReference caseReference) {
        List<AgencyTasks.OpenAgencyTask> open = agencyTasks.open(caseReference, TASK);
        notifications.queue(caseReference, NotificationKind.AGENCY_REPORTS_OVERDUE, boardSettings.current().businessUnitAddress(),
                "Review " + caseReference + ": agency reports overdue",
                "Agency reports for the review of case " + caseReference + " are past their due date: " + names(open)
                        + ". Chase the agencies, withdraw a report or close the round on the case page.", null);
        trail.append(caseReference, Actor.SYSTEM, TrailAction.AGENCY_REPORTS_OVERDUE_ESCALATED, "Not received from " + names(open));
    }

    /** The coordinator stops waiting: the reports still outstanding are no longer asked for and the review goes on. */
    @Transactional
    public void close(Actor actor, CaseReference caseReference, String reason) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the PRG coordinator can close the agency report round");
        }
        String why = requireReason(reason, "Enter why the round is closed");
        List<AgencyTasks.OpenAgencyTask> open = agencyTasks.open(caseReference, TASK);
        if (open.isEmpty()) {
            throw new TaskNotAvailableException("The agency report round of this case is not open.");
        }
        Review review = steps.reviewOf(caseReference);
        review.closeReportRound(why, actor.userId(), steps.now());
        steps.save(review);
        trail.append(caseReference, actor, TrailAction.AGENCY_REPORT_ROUND_CLOSED, "Not received from " + names(open) + ": " + why);
        try {
            runtime.createMessageCorrelation(ProcessVariables.MESSAGE_AGENCY_REPORT_ROUND_CLOSED)
                    .processInstanceBusinessKey(caseReference.value()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new TaskNotAvailableException("The agency report round of this case is not open.");
        }
    }

    @Override
    public String taskDefinitionKey() {
        return TASK;
    }

    @Override
    public String recordWithdrawal(Actor actor, CaseReference caseReference, String agencyCode, String reason) {
        Review review = steps.reviewOf(caseReference);
        review.withdrawAgencyReport(agencyCode, reason, actor.userId(), steps.now());
        steps.save(review);
        return "Agency report of " + agencies.nameOf(agencyCode) + ": " + reason;
    }

    static String requireReason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw InvalidSubmissionException.of("reason", missing);
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw InvalidSubmissionException.of("reason", "Reason must be " + MAX_REASON_LENGTH + " characters or fewer");
        }
        return reason.strip();
    }

    private String names(List<AgencyTasks.OpenAgencyTask> open) {
        return open.isEmpty() ? "no agency" : String.join(", ", open.stream().map(t -> agencies.nameOf(t.agencyCode())).toList());
    }
}
