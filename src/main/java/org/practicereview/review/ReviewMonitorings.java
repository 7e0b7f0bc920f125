package org.practicereview.review;

import org.practicereview.workflow.TypedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.ReviewType;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring of a local child safeguarding practice review at set intervals (SI 2018/789 reg. 14): on each
 * monitoring date the business unit is asked to record the review's progress, and any written request made to the
 * reviewers with its date; the records are on the case page. Notices name the case by reference only; the trail
 * says what was recorded, never the text.
 */
@Service
public class ReviewMonitorings {

    static final int TEXT_LIMIT = 5000;

    private final MonitoringRecords records;
    private final RuntimeService runtime;
    private final CaseInstances instances;
    private final Notifications notifications;
    private final BoardSettings settings;
    private final Trail trail;
    private final ReviewSteps steps;
    private final WorkingDays workingDays;

    ReviewMonitorings(MonitoringRecords records, RuntimeService runtime, CaseInstances instances, Notifications notifications,
                      BoardSettings settings, Trail trail, ReviewSteps steps, WorkingDays workingDays) {
        this.records = records;
        this.runtime = runtime;
        this.instances = instances;
        this.notifications = notifications;
        this.settings = settings;
        this.trail = trail;
        this.steps = steps;
        this.workingDays = workingDays;
    }

    /** True while the case's local review runs, and so is monitored. */
    @Transactional(readOnly = true)
    public boolean monitored(CaseReference caseReference) {
        return localReview(caseReference).isPresent();
    }

    /** The monitoring date came: ask the business unit to record the review's progress. */
    @Transactional
    public void ask(CaseReference caseReference) {
        notifications.queue(caseReference, NotificationKind.REVIEW_REMINDER, settings.current().businessUnitAddress(),
                "Review " + caseReference + ": record its progress",
                "The local child safeguarding practice review of case " + caseReference + " is due its monitoring. Please "
                        + "record its progress, and any written request made to the reviewers, on the case page "
                        + "(Record the review's progress): /cases/" + caseReference + "/review-monitoring", null);
        trail.append(caseReference, Actor.SYSTEM, TrailAction.REVIEW_MONITORING_ASKED, "monitoring date reached");
    }

    /** The business unit records the review's progress and any written request made to the reviewers. */
    @Transactional
    public void record(Actor actor, CaseReference caseReference, String progress, String writtenRequest, LocalDate requestOn) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotPermittedException("Only the business unit records the progress of a review");
        }
        List<FieldError> errors = new ArrayList<>();
        String said = new TypedText("progress", "Enter the review's progress", "The review's progress", TEXT_LIMIT)
                .check(progress, errors);
        String request = writtenRequest == null || writtenRequest.isBlank() ? null
                : new TypedText("writtenRequest", null, "The written request", TEXT_LIMIT).check(writtenRequest, errors);
        if (request != null && requestOn == null) {
            errors.add(new FieldError("writtenRequestOn", "Enter the date of the written request to the reviewers"));
        } else if (request == null && requestOn != null) {
            errors.add(new FieldError("writtenRequest", "Enter the written request made to the reviewers on that date"));
        } else if (requestOn != null && requestOn.isAfter(workingDays.today())) {
            errors.add(new FieldError("writtenRequestOn", "The date of the written request must be today or in the past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        if (!monitored(caseReference)) {
            throw new TaskNotAvailableException("This case has no local child safeguarding practice review running to monitor.");
        }
        records.save(new MonitoringRecord(caseReference.value(), said, request, requestOn, actor.userId(), steps.now()));
        trail.append(caseReference, actor, TrailAction.REVIEW_MONITORING_RECORDED, "progress recorded"
                + (requestOn == null ? "" : "; written request to the reviewers on " + GovDates.day(requestOn)));
    }

    @Transactional(readOnly = true)
    public List<MonitoringRecord> of(CaseReference caseReference) {
        return records.findByCaseReferenceOrderById(caseReference.value());
    }

    private Optional<String> localReview(CaseReference caseReference) {
        return instances.running(caseReference, ReviewTargets.REVIEW_PROCESS)
                .filter(id -> ReviewType.LCSPR.name().equals(String.valueOf(runtime.getVariable(id, ProcessVariables.REVIEW_TYPE))));
    }
}
