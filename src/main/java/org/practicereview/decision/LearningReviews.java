package org.practicereview.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral for multi-agency learning or good practice is not a serious incident: it goes to the PRG as
 * a reflective or good-practice review, without statutory screening, and nobody tells the national panel.
 * The referrer and the board are told which review it became, and the day is kept for the referrer's list
 * of referrals.
 */
@Service
class LearningReviews {

    private final CaseDetails cases;
    private final Notifications notifications;
    private final NoticeSettings settings;
    private final Trail trail;
    private final JdbcClient jdbc;
    private final Clock clock;

    LearningReviews(CaseDetails cases, Notifications notifications, NoticeSettings settings, Trail trail, JdbcClient jdbc,
                    Clock clock) {
        this.cases = cases;
        this.notifications = notifications;
        this.settings = settings;
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (jdbc.sql("select count(*) from learning_review_commission where case_reference = ?").param(ref.value())
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into learning_review_commission (case_reference, commissioned_at) values (?, ?)")
                    .params(ref.value(), Timestamp.from(clock.instant())).update();
        }
        return type;
    }

    /** When each of these cases that went to the PRG as a learning or good-practice review went there; one query. */
    @Transactional(readOnly = true)
    Map<CaseReference, Instant> commissioned(Collection<CaseReference> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select case_reference, commissioned_at from learning_review_commission where case_reference in (:refs)")
                .param("refs", refs.stream().map(CaseReference::value).toList())
                .query((rs, i) -> Map.entry(new CaseReference(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
