package org.practicereview.referral.internal;

import java.util.List;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.PurposeWording;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notices of the referral steps, queued in the step's transaction. Bodies name the case by reference only. */
@Component
class ReferralNotices {

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final BoardSettings boardSettings;

    ReferralNotices(Notifications notifications, JdbcClient jdbc, BoardSettings boardSettings) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.boardSettings = boardSettings;
    }

    void acknowledge(CaseReference ref) {
        // The referrer and the route in one read: what happens next depends on the case's purpose and law.
        Acknowledged to = jdbc.sql("select r.referrer_email, c.purpose, c.regime from referral r join case_file c"
                        + " on c.reference = r.case_reference where r.case_reference = ?").param(ref.value())
                .query((rs, i) -> new Acknowledged(rs.getString(1), PurposeWording.nextSteps(rs.getString(2), Regime.fromCode(rs.getString(3)))))
                .optional().orElseThrow(() -> new IllegalStateException("No referral or case file for " + ref));
        notifications.queue(ref, NotificationKind.REFERRAL_ACKNOWLEDGEMENT, to.referrerEmail(),
                "Referral " + ref + " received",
                "Thank you for your referral to " + boardSettings.current().boardName() + ". Its reference is " + ref + ".\n\n"
                        + "The business unit will check it first. " + String.join(" ", to.nextSteps())
                        + "\n\nQuote " + ref + " whenever you contact us about this referral. "
                        + "Do not reply to this email with personal details.", null);
    }

    void tellCoordinator(CaseReference ref) {
        notifications.queue(ref, NotificationKind.NEW_REFERRAL, boardSettings.current().businessUnitAddress(),
                "New referral " + ref,
                "A new referral, " + ref + ", is waiting for triage.\n\nSign in to Practice Review to triage it.", null);
    }

    void moreInformationRequested(CaseReference ref) {
        notifications.queue(ref, NotificationKind.MORE_INFORMATION_REQUESTED, referrerEmail(ref),
                "More information needed about referral " + ref,
                "The business unit of " + boardSettings.current().boardName() + " needs more information about your referral " + ref
                        + " before the Practice Review Group can consider it.\n\n"
                        + "Sign in to Practice Review to read the questions and answer them.", null);
    }

    /** Whom the acknowledgement goes to, and what happens next on the case's route, as the confirmation page says it. */
    private record Acknowledged(String referrerEmail, List<String> nextSteps) {}

    /**
     * The one column, read on the transaction's connection: loading the referral through JPA made
     * Hibernate dirty-check everything the submission had just written first (a sixth of the cost of
     * an API referral in the benchmark's profile). The referral row is written before the process
     * starts ({@link CaseReviewProcess#start} flushes), and its referrer never changes.
     */
    private String referrerEmail(CaseReference ref) {
        return jdbc.sql("select referrer_email from referral where case_reference = ?").param(ref.value())
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("No referral for " + ref));
    }
}
