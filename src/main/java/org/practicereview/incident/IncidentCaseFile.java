package org.practicereview.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.identity.Users;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/**
 * "Serious incident notification" on the case page and in the brief beside the notification: the day the local
 * authority became aware and the facts, the criteria's answer with its table, the day the notification was due
 * and whether it was on time, the notification with the panel's reference and its copy, and the notices to Ofsted
 * and the Secretary of State. Only a case on the 2018 route has one. Need to know: the PRG, the chair, the auditor
 * and the safeguarding partners see it ({@link Role#BOARD_READERS}); agencies and reviewers do not.
 */
@Component
class IncidentCaseFile implements CaseFileSections {

    static final String KEY = "serious-incident";

    private final IncidentNotifications notifications;
    private final NotificationCopies copies;
    private final Notifications outbox;
    private final Users users;

    IncidentCaseFile(IncidentNotifications notifications, NotificationCopies copies, Notifications outbox, Users users) {
        this.notifications = notifications;
        this.copies = copies;
        this.outbox = outbox;
        this.users = users;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference ref) {
        if (viewer.roles().stream().noneMatch(Role.BOARD_READERS::contains)) {
            return List.of();
        }
        return notifications.find(ref).map(incident -> section(viewer, ref, incident)).stream().toList();
    }

    private CaseFileSection section(Actor viewer, CaseReference ref, IncidentNotification incident) {
        List<Part> parts = new ArrayList<>();
        List<Row> awareness = new ArrayList<>();
        awareness.add(Row.of("The local authority became aware on", GovDates.day(incident.becameAwareOn())));
        awareness.addAll(incident.facts().inWords());
        parts.add(new Part("Awareness and the facts", "Recorded by " + users.nameOf(incident.recordedBy()) + " on "
                + GovDates.time(incident.recordedAt()), awareness));
        incident.answer().ifPresent(a -> parts.add(answer(incident, a)));
        if (incident.answer().map(NotificationAnswer::notifyPanel).orElse(false)) {
            parts.add(panel(viewer, ref, incident));
        }
        if (incident.answer().map(NotificationAnswer::notifyOfstedAndSecretaryOfState).orElse(false)) {
            parts.add(ofsted(ref, incident));
        }
        return CaseFileSection.of(KEY, "Serious incident notification", 25, parts, "");
    }

    private static Part answer(IncidentNotification incident, NotificationAnswer a) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Notify the national panel", a.notifyPanel() ? "Yes" : "No: not a notifiable incident"));
        rows.add(Row.of("Notify Ofsted and the Secretary of State", a.notifyOfstedAndSecretaryOfState() ? "Yes" : "No"));
        rows.add(Row.of("Why", a.reason()));
        rows.add(Row.of("Criteria table", a.tableInWords()));
        incident.panelDueOn().ifPresent(due -> rows.add(Row.of("Notification due by", GovDates.day(due)
                + " (5 working days from the day the local authority became aware)")));
        return new Part("The notification criteria's answer", "Answered on " + GovDates.time(a.evaluatedAt()), rows);
    }

    private Part panel(Actor viewer, CaseReference ref, IncidentNotification incident) {
        Optional<IncidentNotification.PanelNotification> recorded = incident.panel();
        if (recorded.isEmpty()) {
            String copy = copies.latest(ref).map(c -> "Uploaded: " + c.fileName()).orElse("Not uploaded yet");
            return new Part("Notification to the national panel", null, List.of(Row.of("Status", "Not recorded yet"),
                    Row.of("Copy of the notification", copy)));
        }
        IncidentNotification.PanelNotification p = recorded.get();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Notified on", GovDates.day(p.notifiedOn())));
        rows.add(Row.of("On time", incident.onTime().map(t -> t ? "Yes" : "No: notified after the day it was due").orElse("")));
        rows.add(Row.of("The panel's reference", p.reference()));
        copies.latest(ref).filter(c -> java.util.Objects.equals(c.id(), p.copyDocumentId())).ifPresentOrElse(c -> rows.add(
                CaseDocuments.mayDownload(viewer)
                        ? new Row("Copy of the notification", c.fileName(), "/cases/" + ref.value() + "/documents/" + c.id())
                        : Row.of("Copy of the notification", c.fileName() + " (the business unit can open it)")),
                () -> rows.add(Row.of("Copy of the notification", "Stored with the case documents")));
        rows.add(Row.of("Safeguarding partners told", "Yes, when it was recorded"));
        return new Part("Notification to the national panel", "Recorded by " + users.nameOf(p.recordedBy()) + " on "
                + GovDates.time(p.recordedAt()), rows);
    }

    private Part ofsted(CaseReference ref, IncidentNotification incident) {
        long sent = outbox.forCase(ref).stream().filter(n -> n.kind() == NotificationKind.LOOKED_AFTER_CHILD_DEATH_NOTICE).count();
        String status = incident.ofstedAndSecretaryOfStateToldAt()
                .map(at -> (sent >= 2 ? "Ofsted and the Secretary of State told on " : "Ofsted told on ") + GovDates.time(at)
                        + (sent >= 2 ? "" : "; the board's settings had no address for the Secretary of State"))
                .orElse("Not told yet");
        return new Part("Death of a looked-after child", null, List.of(Row.of("Notices sent", status)));
    }
}
