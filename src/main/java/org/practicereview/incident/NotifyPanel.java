package org.practicereview.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.incident.IncidentNotification.PanelNotification;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyPanel: the day the national panel was notified (not before the awareness, not in the future), the
 * panel's reference and the copy already uploaded; the partners are told in the same transaction.
 */
@Component
class NotifyPanel implements UserTaskHandler {

    static final String FORM = "notify-panel";
    static final String NOTIFIED_ON = "panelNotifiedOn";
    static final String REFERENCE = "panelReference";

    private final IncidentNotifications notifications;
    private final IncidentSteps steps;
    private final NotificationCopies copies;
    private final Clock clock;

    NotifyPanel(IncidentNotifications notifications, IncidentSteps steps, NotificationCopies copies, Clock clock) {
        this.notifications = notifications;
        this.steps = steps;
        this.copies = copies;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return NotificationCopies.TASK;
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        IncidentNotification incident = notifications.find(task.caseReference())
                .orElseThrow(() -> new IllegalStateException("The panel is notified only after the awareness is recorded"));
        LocalDate notifiedOn = values.date(NOTIFIED_ON).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (notifiedOn.isBefore(incident.becameAwareOn())) {
            errors.add(new FieldError(NOTIFIED_ON, "The date the national panel was notified must be on or after "
                    + GovDates.day(incident.becameAwareOn()) + ", the day the local authority became aware"));
        }
        Optional<CaseDocuments.Listed> copy = copies.latest(task.caseReference());
        if (copy.isEmpty()) {
            errors.add(new FieldError(REFERENCE, "Upload the copy of the notification (PDF) before you record it"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        steps.recordPanelNotified(task.caseReference(), task.actor(), new PanelNotification(notifiedOn,
                values.requiredText(REFERENCE).strip(), copy.get().id(), task.actor().userId(), clock.instant()));
        return Map.of(ProcessVariables.PANEL_NOTIFIED_DATE, notifiedOn.toString());
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "national panel notified on " + values.date(NOTIFIED_ON).map(GovDates::day).orElse("");
    }
}
