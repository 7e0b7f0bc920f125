package org.practicereview.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.CaseDetails;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells everyone who must know about the chair's decision, and chases a decision that is overdue. */
@Service
class DecisionNotices {

    static final int PANEL_NOTICE_CALENDAR_DAYS = 14;

    private final Decisions decisions;
    private final Screenings screenings;
    private final CaseDetails cases;
    private final Notifications notifications;
    private final WorkingDays workingDays;
    private final NoticeSettings settings;
    private final Trail trail;
    private final CaseDocuments documents;

    DecisionNotices(Decisions decisions, Screenings screenings, CaseDetails cases, Notifications notifications,
                    WorkingDays workingDays, NoticeSettings settings, Trail trail, CaseDocuments documents) {
        this.documents = documents;
        this.decisions = decisions;
        this.screenings = screenings;
        this.cases = cases;
        this.notifications = notifications;
        this.workingDays = workingDays;
        this.settings = settings;
        this.trail = trail;
    }

    /** Queues the notices of the case's latest decision: referrer and board always, then panel and Ofsted. */
    @Transactional
    void notifyDecision(CaseReference ref) {
        RecordedDecision d = decisions.latest(ref).orElseThrow(() -> new IllegalStateException("No decision on " + ref));
        if (d.option() == DecisionOption.DEFER) {
            throw new IllegalStateException("A deferral is not notified");
        }
        List<String> sent = new ArrayList<>();
        String subject = "Decision on case " + ref;
        String body = NoticeTexts.decisionNotice(settings.boardName(), d) + recordReference(ref);
        sent.add(queue(ref, NotificationKind.DECISION_NOTICE, cases.referrerEmail(ref), subject, body, null));
        sent.add(queue(ref, NotificationKind.DECISION_NOTICE, settings.boardMembersAddress(), subject, body, null));
        sent.addAll(d.option() == DecisionOption.INITIATE_SCR ? tellInitiated(ref, d) : tellNotInitiated(ref, d));
        trail.append(ref, Actor.SYSTEM, TrailAction.DECISION_NOTIFIED, String.join(", ", sent));
    }

    /** The decision record by name and where the board keeps it: a reference, never its content. */
    private String recordReference(CaseReference ref) {
        return documents.latest(ref.value(), DocumentKind.DECISION_RECORD)
                .map(r -> " The decision record, " + r.fileName() + ", is kept with the case at /cases/" + ref.value()
                        + "/documents/" + r.id() + ".")
                .orElse("");
    }

    /** The national panel and Ofsted learn of every SCR initiated; the panel, as the PRG report counts it, within 14 days. */
    private List<String> tellInitiated(CaseReference ref, RecordedDecision d) {
        String subject = "Serious Case Review initiated: case " + ref;
        String body = NoticeTexts.initiatedNotice(settings.boardName(), d);
        Instant dueBy = workingDays.dueInCalendarDays(PANEL_NOTICE_CALENDAR_DAYS).toInstant();
        return List.of(queue(ref, NotificationKind.SCR_INITIATED_NOTICE, settings.nationalPanelAddress(), subject, body, dueBy),
                queue(ref, NotificationKind.SCR_INITIATED_NOTICE, settings.ofstedAddress(), subject, body, null));
    }

    /** The national panel learns within 14 days, with the reasons, of an SCR not initiated. */
    private List<String> tellNotInitiated(CaseReference ref, RecordedDecision d) {
        ScreeningOutcome screening = screenings.latest(ref).orElseThrow(() -> new IllegalStateException("No screening of " + ref));
        Instant dueBy = workingDays.dueInCalendarDays(PANEL_NOTICE_CALENDAR_DAYS).toInstant();
        return List.of(queue(ref, NotificationKind.SCR_NOT_INITIATED_NOTICE, settings.nationalPanelAddress(),
                "Serious Case Review not initiated: case " + ref,
                NoticeTexts.notInitiatedNotice(settings.boardName(), d, screening), dueBy));
    }

    /** The decision is past its one-month deadline (null when unknown): tell the chair and the coordinator. */
    @Transactional
    void escalateOverdue(CaseReference ref, Instant due) {
        String subject = "Overdue: chair's decision on case " + ref;
        String body = NoticeTexts.overdueNotice(ref.value(), due);
        queue(ref, NotificationKind.DECISION_OVERDUE, settings.chairAddress(), subject, body, null);
        queue(ref, NotificationKind.DECISION_OVERDUE, settings.coordinatorAddress(), subject, body, null);
        trail.append(ref, Actor.SYSTEM, TrailAction.DECISION_OVERDUE_ESCALATED, due == null ? "" : "due " + due);
    }

    /** Queues one notice; returns its kind for the trail (never the recipient, which may be a person's address). */
    private String queue(CaseReference ref, NotificationKind kind, String to, String subject, String body, Instant dueBy) {
        notifications.queue(ref, kind, to, subject, body, dueBy);
        return dueBy == null ? kind.name() : kind.name() + " due " + dueBy;
    }
}
