package org.practicereview.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. {@link #queue} joins the caller's transaction: a step and its notices commit together,
 * and {@link MailRelay} sends them after the commit.
 */
@Service
public class Notifications {

    interface Outbox extends Repository<Notification, Long> {
        Notification save(Notification n);
        Optional<Notification> findById(Long id);
        List<Notification> findByCaseReferenceOrderById(String caseReference);
        List<Notification> findBySentAtIsNullOrderById();
        List<Notification> findAllByOrderById();
        Page<Notification> findAllByOrderByIdDesc(Pageable page);
        Page<Notification> findByFailedAtIsNotNullOrderByIdDesc(Pageable page);
        long countByFailedAtIsNotNull();
    }

    private final Outbox outbox;
    private final Clock clock;
    private final Trail trail;
    private final RecipientKinds recipients;
    private final ApplicationEventPublisher events;

    Notifications(Outbox outbox, Clock clock, Trail trail, RecipientKinds recipients, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.clock = clock;
        this.trail = trail;
        this.recipients = recipients;
        this.events = events;
    }

    @Transactional
    public Notification queue(CaseReference caseReference, NotificationKind kind, String recipient,
                              String subject, String body, Instant dueBy) {
        return queue(caseReference, kind, recipient, subject, body, dueBy, null);
    }

    /** As {@link #queue(CaseReference, NotificationKind, String, String, String, Instant)}, linking to {@code link} (a path). */
    @Transactional
    public Notification queue(CaseReference caseReference, NotificationKind kind, String recipient,
                              String subject, String body, Instant dueBy, String link) {
        Notification queued = outbox.save(new Notification(caseReference == null ? null : caseReference.value(), kind,
                recipient, subject, body, clock.instant(), dueBy, link));
        trail.append(caseReference, Actor.SYSTEM, TrailAction.NOTIFICATION_QUEUED, details(queued));
        events.publishEvent(new NotificationQueued(queued.id()));
        return queued;
    }

    /** The outbox recipient for one person: their address as it is when the mail is sent. */
    public static String toUser(String username) {
        return Recipients.user(username);
    }

    @Transactional(readOnly = true)
    public List<Notification> forCase(CaseReference caseReference) {
        return outbox.findByCaseReferenceOrderById(caseReference.value());
    }

    @Transactional(readOnly = true)
    public List<Notification> unsent() {
        return outbox.findBySentAtIsNullOrderById();
    }

    /** Notices given up after their attempts: the business unit's and the administrator's home pages say so. */
    @Transactional(readOnly = true)
    public long failedCount() {
        return outbox.countByFailedAtIsNotNull();
    }

    @Transactional(readOnly = true)
    public Page<Notification> newestFirst(boolean failedOnly, Pageable page) {
        return failedOnly ? outbox.findByFailedAtIsNotNullOrderByIdDesc(page) : outbox.findAllByOrderByIdDesc(page);
    }

    /** Queues a failed notice again with fresh attempts; false when it is not (or no longer) failed. */
    @Transactional
    public boolean resend(long id, Actor actor) {
        Optional<Notification> failed = outbox.findById(id).filter(n -> n.status() == NoticeStatus.FAILED);
        failed.ifPresent(n -> {
            n.resend();
            outbox.save(n);
            trail.append(n.caseReference() == null ? null : new CaseReference(n.caseReference()), actor,
                    TrailAction.NOTIFICATION_RESENT, details(n));
            events.publishEvent(new NotificationQueued(n.id()));
        });
        return failed.isPresent();
    }

    /** Kind and kind of recipient only: never the address, subject or body, which may name people. */
    private String details(Notification n) {
        return "notification " + n.id() + "; " + n.kind() + " to " + recipients.kindOf(n.recipient())
                + (n.dueBy() == null ? "" : "; due " + n.dueBy());
    }

    /** The kind of the recipient in words (an agency by its code), never the address. */
    public String recipientKind(Notification n) {
        return recipients.kindOf(n.recipient());
    }
}
