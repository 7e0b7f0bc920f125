package org.practicereview.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordAwareness: the business unit, for the local authority, or a local authority partner records the day
 * the local authority became aware of the serious incident and the facts the notification criteria read.
 */
@Component
class RecordAwareness implements UserTaskHandler {

    static final String FORM = "record-awareness";
    static final String BECAME_AWARE_ON = "becameAwareOn";

    private final IncidentNotifications notifications;
    private final Trail trail;
    private final Clock clock;

    RecordAwareness(IncidentNotifications notifications, Trail trail, Clock clock) {
        this.notifications = notifications;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecordAwareness";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        LocalDate awareOn = values.date(BECAME_AWARE_ON).orElseThrow();
        if (awareOn.isBefore(RegimeSetting.EARLIEST_START)) {
            // Before the 2018 arrangements began no authority notified the national panel: a typing slip.
            throw InvalidSubmissionException.of(BECAME_AWARE_ON, "The date the local authority became aware must be on or after "
                    + GovDates.day(RegimeSetting.EARLIEST_START));
        }
        IncidentFacts facts = IncidentFacts.from(values::textOrNull);
        notifications.recordAwareness(task.caseReference(), awareOn, facts, task.actor().userId(), clock.instant());
        trail.append(task.caseReference(), task.actor(), TrailAction.INCIDENT_AWARENESS_RECORDED,
                "The local authority became aware on " + GovDates.day(awareOn) + "; " + facts.summary());
        Map<String, Object> variables = new LinkedHashMap<>(facts.toVariables());
        variables.put(ProcessVariables.AWARENESS_DATE, awareOn.toString());
        return variables;
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "awareness recorded";
    }
}
