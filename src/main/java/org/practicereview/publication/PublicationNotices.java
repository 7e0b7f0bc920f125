package org.practicereview.publication;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
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
    private final BoardSettings boardSettings;

    PublicationNotices(Notifications notifications, BoardSettings boardSettings) {
        this.notifications = notifications;
        this.boardSettings = boardSettings;
    }

    void prePublication(CaseReference ref, String title, Instant notBefore) {
        String subject = "Pre-publication notice: " + title;
        String body = "The board intends to publish " + title + " (case " + ref + ") not before "
                + DAY.format(notBefore) + ". The final report follows by the secure route.";
        notifications.queue(ref, NotificationKind.PRE_PUBLICATION_NOTICE, boardSettings.current().nationalPanelAddress(), subject, body, null);
        notifications.queue(ref, NotificationKind.PRE_PUBLICATION_NOTICE, boardSettings.current().ofstedAddress(), subject, body, null);
    }

    void proceedingsCheck(CaseReference ref, String subject, String body) {
        notifications.queue(ref, NotificationKind.PROCEEDINGS_CHECK, boardSettings.current().businessUnitAddress(), subject, body, null);
    }

    void published(CaseReference ref, String title) {
        String subject = "Published: " + title;
        String body = title + " (case " + ref + ") is now published on the board's Learning from Reviews page.";
        notifications.queue(ref, NotificationKind.PUBLISHED, boardSettings.current().boardMembersAddress(), subject, body, null);
        notifications.queue(ref, NotificationKind.PUBLISHED, boardSettings.current().nationalPanelAddress(), subject, body, null);
    }
}
