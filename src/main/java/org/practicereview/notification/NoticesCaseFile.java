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

    private static final Map<NotificationKind, String> KINDS = Map.ofEntries(
            Map.entry(NotificationKind.REFERRAL_ACKNOWLEDGEMENT, "Acknowledgement of the referral"),
            Map.entry(NotificationKind.NEW_REFERRAL, "New referral"),
            Map.entry(NotificationKind.MORE_INFORMATION_REQUESTED, "Request for more information"),
            Map.entry(NotificationKind.AGENCY_INFORMATION_REQUEST, "Request for agency information"),
            Map.entry(NotificationKind.AGENCY_INFORMATION_REMINDER, "Reminder of the agency information request"),
            Map.entry(NotificationKind.DECISION_OVERDUE, "Chair's decision overdue"),
            Map.entry(NotificationKind.DECISION_NOTICE, "Notice of the chair's decision"),
            Map.entry(NotificationKind.SCR_INITIATED_NOTICE, "Notice that a serious case review is initiated"),
            Map.entry(NotificationKind.SCR_NOT_INITIATED_NOTICE, "Notice that no serious case review is initiated"),
            Map.entry(NotificationKind.REVIEW_REMINDER, "Reminder of the six-month target"),
            Map.entry(NotificationKind.REVIEW_OVERDUE, "Review past its six-month target"),
            Map.entry(NotificationKind.AGENCY_REPORT_REQUEST, "Request for an agency report"),
            Map.entry(NotificationKind.AGENCY_REPORT_REMINDER, "Reminder of the agency report request"),
            Map.entry(NotificationKind.AGENCY_REPORTS_OVERDUE, "Agency reports overdue"),
            Map.entry(NotificationKind.FOLLOW_UP_OVERDUE, "Follow-up actions overdue"),
            Map.entry(NotificationKind.PRE_PUBLICATION_NOTICE, "Pre-publication notice"),
            Map.entry(NotificationKind.PUBLISHED, "Review published"));

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
        List<Notification> sent = notifications.forCase(caseReference);
        Map<String, String> names = agencies.namesOf(sent.stream().map(Notification::recipient)
                .filter(r -> r != null && r.startsWith(Actor.AGENCY_GROUP_PREFIX))
                .map(r -> r.substring(Actor.AGENCY_GROUP_PREFIX.length())).distinct().toList());
        List<Row> rows = sent.stream().map(n -> Row.of(KINDS.get(n.kind()), "To: " + recipient(n.recipient(), names)
                + "\nQueued " + GovDates.time(n.createdAt())
                + (n.dueBy() == null ? "" : "\nDue by " + GovDates.time(n.dueBy()))
                + (n.sent() ? "\nSent " + GovDates.time(n.sentAt()) : "\nNot sent yet"))).toList();
        return List.of(CaseFileSection.of("notices", "Notices", 95,
                rows.isEmpty() ? List.of() : List.of(new CaseFileSection.Part(null, null, rows)), "No notices yet."));
    }

    private String recipient(String recipient, Map<String, String> agencyNames) {
        if (recipient != null && recipient.startsWith(Actor.AGENCY_GROUP_PREFIX)) {
            String code = recipient.substring(Actor.AGENCY_GROUP_PREFIX.length());
            return agencyNames.getOrDefault(code, "an agency");
        }
        return recipients.kindOf(recipient);
    }
}
