package org.practicereview.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    Notifications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Notification queue(CaseReference caseReference, NotificationKind kind, String recipient,
                              String subject, String body, Instant dueBy) {
        return outbox.save(new Notification(caseReference == null ? null : caseReference.value(), kind, recipient,
                subject, body, clock.instant(), dueBy));
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
    }
}
