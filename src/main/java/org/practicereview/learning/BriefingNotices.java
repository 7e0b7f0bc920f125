package org.practicereview.learning;

import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.publication.ReviewPublished;
import org.practicereview.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A published 7 minute briefing goes to every agency of the board (its safeguarding mailbox and its
 * people), with the link to the page where the agency records each use of it; the link asks for
 * sign-in first and then opens that page; and the follow-up survey's questions to the agencies involved
 * are scheduled. Both in the publishing transaction. The notice names the
 * review by its pseudonym only.
 */
@Component
class BriefingNotices {

    private final Notifications notifications;
    private final Agencies agencies;
    private final PracticeQuestions questions;

    BriefingNotices(Notifications notifications, Agencies agencies, PracticeQuestions questions) {
        this.notifications = notifications;
        this.agencies = agencies;
        this.questions = questions;
    }

    @EventListener
    void on(ReviewPublished published) {
        String subject = "7 minute briefing to use with your staff: " + published.title();
        String body = "The board has published " + published.title() + " (case " + published.caseReference()
                + ") with its 7 minute briefing, to be used with staff in team meetings, training and supervision."
                + "\n\nEach time your agency uses the briefing, record where, when and with how many staff, so the board "
                + "can see that the learning reaches practice.";
        for (Agency agency : agencies.all()) {
            notifications.queue(published.caseReference(), NotificationKind.BRIEFING_PUBLISHED, Actor.agencyGroup(agency.code()),
                    subject, body, null, BriefingUses.recordPath(published.caseReference().value()));
        }
        questions.schedule(published);
    }
}
