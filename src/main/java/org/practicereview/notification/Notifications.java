package org.practicereview.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox. {@link #queue} joins the caller's transaction: a step and its notices commit together. */
@Service
public class Notifications {

    interface Outbox extends Repository<Notification, Long> {
        Notification save(Notification n);
        List<Notification> findByCaseReferenceOrderById(String caseReference);
        List<Notification> findBySentAtIsNullOrderById();
        List<Notification> findAllByOrderById();
    }

    private final Outbox outbox;
    private final Clock clock;
    private final Trail trail;
    private final RecipientKinds recipients;

    Notifications(Outbox outbox, Clock clock, Trail trail, RecipientKinds recipients) {
        this.outbox = outbox;
        this.clock = clock;
        this.trail = trail;
        this.recipients = recipients;
    }

    @Transactional
    public Notification queue(CaseReference caseReference, NotificationKind kind, String recipient,
                              String subject, String body, Instant dueBy) {
        Notification queued = outbox.save(new Notification(caseReference == null ? null : caseReference.value(), kind,
                recipient, subject, body, clock.instant(), dueBy));
        trail.append(caseReference, Actor.SYSTEM, TrailAction.NOTIFICATION_QUEUED, details(queued));
        return queued;
    }

    @Transactional(readOnly = true)
    public List<Notification> forCase(CaseReference caseReference) {
        return outbox.findByCaseReferenceOrderById(caseReference.value());
    }

    @Transactional(readOnly = true)
    public List<Notification> unsent() {
        return outbox.findBySentAtIsNullOrderById();
    }

    @Transactional
    public void markSent(Notification notification) {
        notification.markSent(clock.instant());
        outbox.save(notification);
        trail.append(notification.caseReference() == null ? null : new CaseReference(notification.caseReference()),
                Actor.SYSTEM, TrailAction.NOTIFICATION_SENT, details(notification));
    }

    /** Kind and kind of recipient only: never the address, subject or body, which may name people. */
    private String details(Notification n) {
        return "notification " + n.id() + "; " + n.kind() + " to " + recipients.kindOf(n.recipient())
                + (n.dueBy() == null ? "" : "; due " + n.dueBy());
    }
}
