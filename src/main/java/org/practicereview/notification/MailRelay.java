package org.practicereview.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each notice is sent inside its own transaction that holds its row locked
 * ({@code for update skip locked}: another node takes the next row instead of waiting), and is marked
 * sent in that same transaction. A node that dies after the server accepted a mail but before the
 * commit leaves the row queued: it is sent again with the same Message-ID, so at most one duplicate
 * arrives and it is recognisable. Runs after every commit that queued a notice and every poll interval.
 */
@Component
public class MailRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int MOST_PER_RUN = 500;
    private static final String NEXT_DUE = "select id from notification where sent_at is null and failed_at is null "
            + "and (next_attempt_at is null or next_attempt_at <= ?) order by id fetch first 1 rows only for update skip locked";

    enum Outcome { NONE, SENT, RETRY, FAILED }

    private final JdbcClient jdbc;
    private final Notifications.Outbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final NoticeMails mails;
    private final Recipients recipients;
    private final RecipientKinds kinds;
    private final Trail trail;
    private final Clock clock;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final MailServer server;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();

    MailRelay(JdbcClient jdbc, Notifications.Outbox outbox, ObjectProvider<JavaMailSender> sender, NoticeMails mails,
              Recipients recipients, RecipientKinds kinds, Trail trail, Clock clock, MailSettings settings,
              PlatformTransactionManager transactionManager, MailServer server) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.sender = sender;
        this.mails = mails;
        this.recipients = recipients;
        this.kinds = kinds;
        this.trail = trail;
        this.clock = clock;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.server = server;
    }

    /** Sends every notice that is due, one locked row at a time; returns how many were sent. */
    public int relayDue() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < MOST_PER_RUN; i++) {
            Outcome outcome = transactions.execute(status -> deliverNext(mail));
            if (outcome == Outcome.NONE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
                server.reached();
            }
        }
        return sent;
    }

    @Scheduled(fixedDelayString = "${practice-review.mail.poll-interval:PT30S}",
            initialDelayString = "${practice-review.mail.poll-initial-delay:PT10S}")
    void poll() {
        if (settings.relay()) {
            relayQuietly();
        }
    }

    /** After the commit that queued a notice, off the request's thread; several commits share one run. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(NotificationQueued event) {
        if (settings.relay() && wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                relayQuietly();
            });
        }
    }

    private void relayQuietly() {
        try {
            relayDue();
        } catch (RuntimeException e) {
            log.warn("Mail relay run stopped: {}", e.getClass().getSimpleName());
        }
    }

    /** Within the caller's transaction: locks the next due notice, sends it, records the outcome. */
    Outcome deliverNext(JavaMailSender mail) {
        Optional<Long> id = jdbc.sql(NEXT_DUE).param(java.sql.Timestamp.from(clock.instant())).query(Long.class).optional();
        if (id.isEmpty()) {
            return Outcome.NONE;
        }
        Notification n = outbox.findById(id.get()).orElseThrow();
        List<String> to = recipients.addressesOf(n.recipient());
        if (to.isEmpty()) {
            return failed(n, DeliveryErrors.NO_ADDRESS);
        }
        try {
            mail.send(mails.compose(mail, n, to));
        } catch (MessagingException | RuntimeException e) {
            // Whatever went wrong (the server, or composing the mail), this notice is not sent: it is
            // recorded as an attempt, so one bad notice never stops the others or loops.
            String reason = DeliveryErrors.describe(e);
            if (DeliveryErrors.permanent(e) || n.attempts() + 1 >= settings.maxAttempts()) {
                return failed(n, reason);
            }
            n.attemptFailed(reason, clock.instant().plus(settings.retryAfter(n.attempts() + 1)));
            outbox.save(n);
            log.info("Notification {} not sent (attempt {}): {}", n.id(), n.attempts(), reason);
            return Outcome.RETRY;
        }
        n.markSent(clock.instant());
        outbox.save(n);
        trail.append(caseOf(n), Actor.SYSTEM, TrailAction.NOTIFICATION_SENT, details(n) + "; attempt " + n.attempts());
        return Outcome.SENT;
    }

    private Outcome failed(Notification n, String reason) {
        n.giveUp(reason, clock.instant());
        outbox.save(n);
        trail.append(caseOf(n), Actor.SYSTEM, TrailAction.NOTIFICATION_FAILED,
                details(n) + "; after " + n.attempts() + (n.attempts() == 1 ? " attempt; " : " attempts; ") + reason);
        log.warn("Notification {} failed after {} attempts: {}", n.id(), n.attempts(), reason);
        return Outcome.FAILED;
    }

    private String details(Notification n) {
        return "notification " + n.id() + "; " + n.kind().label() + " to " + kinds.kindOf(n.recipient());
    }

    private static CaseReference caseOf(Notification n) {
        return n.caseReference() == null ? null : new CaseReference(n.caseReference());
    }

    @Override
    public void destroy() {
        wakeUps.shutdownNow();
    }
}
