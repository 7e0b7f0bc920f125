package org.practicereview.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.incident.IncidentNotification.PanelNotification;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the notification after the awareness: the criteria's answer recorded with its table, the notice
 * to Ofsted and the Secretary of State, and the notification to the national panel with the partners told. Each
 * joins the caller's transaction (the engine's, or the task's), so a step and its trail and notices commit together.
 */
@Service
class IncidentSteps {

    private final IncidentNotifications notifications;
    private final NotificationEvaluations evaluations;
    private final NotificationClock notificationClock;
    private final IncidentNotices notices;
    private final Trail trail;
    private final Clock clock;

    IncidentSteps(IncidentNotifications notifications, NotificationEvaluations evaluations, NotificationClock notificationClock,
                  IncidentNotices notices, Trail trail, Clock clock) {
        this.notifications = notifications;
        this.evaluations = evaluations;
        this.notificationClock = notificationClock;
        this.notices = notices;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    NotificationAnswer recordAnswer(CaseReference ref, String processDefinitionId, IncidentFacts facts, Map<?, ?> outcome) {
        IncidentNotification incident = notifications.find(ref).orElseThrow(
                () -> new IllegalStateException("The notification criteria ran before the awareness was recorded"));
        NotificationAnswer answer = evaluations.of(processDefinitionId, facts, outcome);
        LocalDate due = answer.notifyPanel() ? notificationClock.panelDueOn(incident.becameAwareOn()) : null;
        notifications.recordAnswer(ref, answer, due);
        trail.append(ref, Actor.SYSTEM, TrailAction.INCIDENT_NOTIFICATION_EVALUATED, "Criteria " + answer.decisionKey() + " "
                + answer.tableInWords().toLowerCase() + ", rule " + answer.ruleId() + ": notify the national panel "
                + (answer.notifyPanel() ? "yes, by " + GovDates.day(due) : "no") + "; notify Ofsted and the Secretary of State "
                + (answer.notifyOfstedAndSecretaryOfState() ? "yes" : "no") + ". " + answer.reason());
        if (!answer.notifyPanel()) {
            trail.append(ref, Actor.SYSTEM, TrailAction.INCIDENT_NOT_NOTIFIABLE, answer.reason());
        }
        return answer;
    }

    @Transactional
    void tellOfstedAndSecretaryOfState(CaseReference ref) {
        IncidentNotification incident = notifications.find(ref).orElseThrow(
                () -> new IllegalStateException("Ofsted is told only after the criteria answered"));
        String told = notices.lookedAfterChildDied(ref, incident);
        notifications.recordOfstedAndSecretaryOfStateTold(ref, clock.instant());
        trail.append(ref, Actor.SYSTEM, TrailAction.INCIDENT_OFSTED_AND_SECRETARY_OF_STATE_NOTIFIED, told);
    }

    /** Records the notification to the panel and tells the partners; the caller checked the dates and the copy. */
    @Transactional
    void recordPanelNotified(CaseReference ref, Actor actor, PanelNotification panel) {
        notifications.recordPanelNotified(ref, panel);
        IncidentNotification incident = notifications.find(ref).orElseThrow();
        String onTime = incident.onTime().map(t -> t ? "on time" : "late").orElse("");
        trail.append(ref, actor, TrailAction.INCIDENT_PANEL_NOTIFIED,
                "National panel notified on " + GovDates.day(panel.notifiedOn()) + ", " + onTime
                        + incident.panelDueOn().map(d -> " (due by " + GovDates.day(d) + ")").orElse("")
                        + "; the panel's reference " + panel.reference());
        notices.panelNotified(ref, incident);
    }
}
