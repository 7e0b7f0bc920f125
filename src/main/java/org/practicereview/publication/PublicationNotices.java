package org.practicereview.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The notices of publication. They carry the published title (pseudonym only) and the case
 * reference; the report itself is sent by the business unit through the secure route.
 */
@Component
class PublicationNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(WorkingDays.UK);

    private final Notifications notifications;
    private final String nationalPanel;
    private final String ofsted;
    private final String boardMembers;

    PublicationNotices(Notifications notifications,
                       @Value("${practice-review.national-panel-address}") String nationalPanel,
                       @Value("${practice-review.ofsted-address}") String ofsted,
                       @Value("${practice-review.board-members-address}") String boardMembers) {
        this.notifications = notifications;
        this.nationalPanel = nationalPanel;
        this.ofsted = ofsted;
        this.boardMembers = boardMembers;
    }

    void prePublication(CaseReference ref, String title, Instant notBefore) {
        String subject = "Pre-publication notice: " + title;
        String body = "The board intends to publish " + title + " (case " + ref + ") not before "
                + DAY.format(notBefore) + ". The final report follows by the secure route.";
        notifications.queue(ref, NotificationKind.PRE_PUBLICATION_NOTICE, nationalPanel, subject, body, null);
        notifications.queue(ref, NotificationKind.PRE_PUBLICATION_NOTICE, ofsted, subject, body, null);
    }

    void published(CaseReference ref, String title) {
        String subject = "Published: " + title;
        String body = title + " (case " + ref + ") is now published on the board's Learning from Reviews page.";
        notifications.queue(ref, NotificationKind.PUBLISHED, boardMembers, subject, body, null);
        notifications.queue(ref, NotificationKind.PUBLISHED, nationalPanel, subject, body, null);
    }
}
