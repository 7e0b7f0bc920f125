package org.practicereview.incident;

import java.util.ArrayList;
import java.util.List;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The notices of the serious incident notification, through the outbox. Like the other statutory notices they name
 * the case by its reference and say what happened and when, never who the child is.
 */
@Component
class IncidentNotices {

    /** The outbox recipient of every holder of a role ({@code role:ROLE}). */
    private static final String ROLE_PREFIX = "role:";

    private final Notifications outbox;
    private final BoardSettings settings;

    IncidentNotices(Notifications outbox, BoardSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    /** A looked-after child died: Ofsted and the Secretary of State; returns who was told, in words, for the trail. */
    String lookedAfterChildDied(CaseReference ref, IncidentNotification incident) {
        SettingsVersion board = settings.current();
        String subject = "Death of a looked-after child: case " + ref;
        String body = board.boardName() + " tells you that a child looked after by the local authority has died (case " + ref
                + "). The local authority became aware on " + GovDates.day(incident.becameAwareOn()) + ".\n\n"
                + incident.answer().map(NotificationAnswer::reason).orElse("") + "\n\n"
                + "Ofsted and the Secretary of State are told of the death of a looked-after child whether or not abuse or "
                + "neglect is known or suspected (Working Together to Safeguard Children).";
        List<String> told = new ArrayList<>();
        outbox.queue(ref, NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE, board.ofstedAddress(), subject, body, null);
        told.add("Ofsted");
        if (board.secretaryOfStateAddress() != null) {
            outbox.queue(ref, NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE, board.secretaryOfStateAddress(), subject, body, null);
            told.add("the Secretary of State");
        }
        return String.join(" and ", told) + " told of the death of a looked-after child"
                + (told.size() == 1 ? "; the board's settings have no address for the Secretary of State" : "");
    }

    /** The three safeguarding partners (each holder of a partner role, delegates included) hear of the notification. */
    void panelNotified(CaseReference ref, IncidentNotification incident) {
        IncidentNotification.PanelNotification panel = incident.panel().orElseThrow();
        String due = incident.panelDueOn().map(d -> ", due by " + GovDates.day(d)
                + (incident.onTime().orElse(true) ? " (on time)" : " (late)")).orElse("");
        String subject = "Serious incident notified to the national panel: case " + ref;
        String body = "The local authority notified the Child Safeguarding Practice Review Panel of a serious child safeguarding "
                + "incident (case " + ref + ") on " + GovDates.day(panel.notifiedOn()) + due + ". The panel's reference is "
                + panel.reference() + ". The local authority became aware on " + GovDates.day(incident.becameAwareOn()) + ".\n\n"
                + "As a safeguarding partner you decide on the rapid review that follows. Sign in to Practice Review to read the case.";
        for (Role partner : Role.PARTNERS) {
            outbox.queue(ref, NotificationKind.PANEL_NOTIFIED_NOTICE, ROLE_PREFIX + partner.name(), subject, body, null,
                    "/cases/" + ref.value());
        }
    }
}
