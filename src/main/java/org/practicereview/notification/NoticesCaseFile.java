package org.practicereview.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicereview.identity.Agencies;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * The notices of a case in the case file: what each was, to what kind of recipient (never an address),
 * when it was queued, by when it was due and when it was sent.
 */
@Component
class NoticesCaseFile implements CaseFileSections {

    private final Notifications notifications;
    private final RecipientKinds recipients;
    private final Agencies agencies;

    NoticesCaseFile(Notifications notifications, RecipientKinds recipients, Agencies agencies) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.agencies = agencies;
    }

    @Override
    public Set<String> keys() {
        return Set.of("notices");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<Notification> sent = notifications.forCase(caseReference).stream().filter(n -> !n.kind().aboutTasks()).toList();
        Map<String, String> names = agencies.namesOf(sent.stream().map(Notification::recipient)
                .filter(r -> r != null && r.startsWith(Actor.AGENCY_GROUP_PREFIX))
                .map(r -> r.substring(Actor.AGENCY_GROUP_PREFIX.length())).distinct().toList());
        List<Row> rows = sent.stream().map(n -> Row.of(n.kind().label(), "To: " + recipient(n.recipient(), names)
                + "\nQueued " + GovDates.time(n.createdAt())
                + (n.dueBy() == null ? "" : "\nDue by " + GovDates.time(n.dueBy()))
                + "\n" + status(n))).toList();
        return List.of(CaseFileSection.of("notices", "Notices", 95,
                rows.isEmpty() ? List.of() : List.of(new CaseFileSection.Part(null, null, rows)), "No notices yet."));
    }

    /** The truth about delivery: sent when the mail server took it, or still queued, or given up. */
    static String status(Notification n) {
        return switch (n.status()) {
            case SENT -> "Sent " + GovDates.time(n.sentAt());
            case FAILED -> "Failed " + GovDates.time(n.failedAt()) + ": " + n.lastError();
            case QUEUED -> n.attempts() == 0 ? "Queued, not yet sent"
                    : "Queued, not yet sent (" + n.attempts() + (n.attempts() == 1 ? " attempt failed)" : " attempts failed)");
        };
    }

    private String recipient(String recipient, Map<String, String> agencyNames) {
        if (recipient != null && recipient.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            String code = recipient.substring(Actor.AGENCY_GROUP_PREFIX.length());
            return agencyNames.getOrDefault(code, "an agency");
        }
        return recipients.kindOf(recipient);
    }
}
