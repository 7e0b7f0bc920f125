package org.practicereview.learning;

import java.time.LocalDate;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day: each agency whose question's day has come is asked what changed in practice after the
 * review, and each still unanswered on its reminder day is reminded once. The notice and the mark on
 * the question commit together, so a crash asks nobody twice; a day the job did not run is caught up
 * the next time it runs. The notices name the review by its case reference only.
 */
@Component
public class PracticeQuestionDays {

    private final PracticeQuestions questions;
    private final Notifications notifications;
    private final WorkingDays workingDays;

    PracticeQuestionDays(PracticeQuestions questions, Notifications notifications, WorkingDays workingDays) {
        this.questions = questions;
        this.notifications = notifications;
        this.workingDays = workingDays;
    }

    /** Asks and reminds what is due today; returns how many notices were queued. */
    @Scheduled(cron = "${practice-review.learning.survey-cron:0 20 7 * * *}")
    @Transactional
    public int run() {
        LocalDate today = workingDays.today();
        int queued = 0;
        for (PracticeQuestion q : questions.askDue(today)) {
            CaseReference ref = new CaseReference(q.caseReference());
            notifications.queue(ref, NotificationKind.PRACTICE_QUESTION, Actor.agencyGroup(q.agencyCode()),
                    "Case " + ref + ": what changed in your practice after the review?",
                    "The review of case " + ref + " was published with its 7 minute briefing. The board asks each agency involved "
                            + "what changed in its practice since: in policy, in training, in how staff work with children and families."
                            + "\n\nPlease answer by " + GovDates.day(q.remindOn()) + ". Your answer is kept with the review and read by "
                            + "the Practice Review Group; other agencies do not see it.",
                    workingDays.endOfDay(q.remindOn()).toInstant(), PracticeQuestions.answerPath(q.caseReference()));
            queued++;
        }
        for (PracticeQuestion q : questions.remindDue(today)) {
            CaseReference ref = new CaseReference(q.caseReference());
            notifications.queue(ref, NotificationKind.PRACTICE_QUESTION_REMINDER, Actor.agencyGroup(q.agencyCode()),
                    "Reminder, case " + ref + ": what changed in your practice after the review?",
                    "Your agency was asked on " + GovDates.day(q.askedOn()) + " what changed in its practice after the review of case "
                            + ref + ", and has not answered yet.\n\nPlease answer now, or tell the business unit when you will.",
                    null, PracticeQuestions.answerPath(q.caseReference()));
            queued++;
        }
        return queued;
    }
}
