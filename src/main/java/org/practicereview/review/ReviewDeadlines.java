package org.practicereview.review;

import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six-month target of a review: a reminder at five months to the business unit, and an
 * escalation to the business unit and the board when the target is missed. Notices name the case by
 * reference only.
 */
@Service
class ReviewDeadlines {

    private final Notifications notifications;
    private final Trail trail;
    private final BoardSettings boardSettings;

    ReviewDeadlines(Notifications notifications, Trail trail, BoardSettings boardSettings) {
        this.notifications = notifications;
        this.trail = trail;
        this.boardSettings = boardSettings;
    }

    @Transactional
    public void remind(CaseReference caseReference) {
        notifications.queue(caseReference, NotificationKind.REVIEW_REMINDER, boardSettings.current().businessUnitAddress(),
                "Review " + caseReference + ": one month to the six-month target",
                "The review of case " + caseReference + " reaches its six-month target in one month. "
                        + "Please check the draft report and quality assurance are on track.", null);
        trail.append(caseReference, Actor.SYSTEM, TrailAction.REVIEW_REMINDER_SENT, "six-month target in one month");
    }

    @Transactional
    public void escalate(CaseReference caseReference) {
        String subject = "Review " + caseReference + " has missed its six-month target";
        String body = "The review of case " + caseReference + " was not completed within six months of its start. "
                + "The chair and the board are asked to agree a revised timetable.";
        notifications.queue(caseReference, NotificationKind.REVIEW_OVERDUE, boardSettings.current().businessUnitAddress(), subject, body, null);
        notifications.queue(caseReference, NotificationKind.REVIEW_OVERDUE, boardSettings.current().boardMembersAddress(), subject, body, null);
        trail.append(caseReference, Actor.SYSTEM, TrailAction.REVIEW_OVERDUE_ESCALATED, "six-month target missed");
    }
}
