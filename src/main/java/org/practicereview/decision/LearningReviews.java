package org.practicereview.decision;

import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral for multi-agency learning or good practice is not a serious incident: it goes to the PRG as
 * a reflective or good-practice review, without statutory screening, and nobody tells the national panel.
 * The referrer and the board are told which review it became.
 */
@Service
class LearningReviews {

    private final CaseDetails cases;
    private final Notifications notifications;
    private final NoticeSettings settings;
    private final Trail trail;

    LearningReviews(CaseDetails cases, Notifications notifications, NoticeSettings settings, Trail trail) {
        this.cases = cases;
        this.notifications = notifications;
        this.settings = settings;
        this.trail = trail;
    }

    /** Commissions the review the referral asked for and returns its type for the review process. */
    @Transactional
    ReviewType commission(CaseReference ref) {
        ReviewType type = cases.learningReview(ref)
                .orElseThrow(() -> new IllegalStateException("Case " + ref + " is a serious incident, not a learning referral"));
        String subject = "Case " + ref + " goes to the Practice Review Group as a " + type.label();
        String body = NoticeTexts.learningReviewNotice(settings.boardName(), ref, type);
        notifications.queue(ref, NotificationKind.LEARNING_REVIEW_NOTICE, cases.referrerEmail(ref), subject, body, null);
        notifications.queue(ref, NotificationKind.LEARNING_REVIEW_NOTICE, settings.boardMembersAddress(), subject, body, null);
        trail.append(ref, Actor.SYSTEM, TrailAction.REVIEW_COMMISSIONED,
                type.label() + ", for a referral of learning or good practice: no statutory screening, no notice to the national panel");
        return type;
    }
}
