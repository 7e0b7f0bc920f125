package org.practicereview.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One outbox row. Bodies name the case by reference only, never the child or family. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference")
    private String caseReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 8000)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The statutory or service deadline by which it must have gone, if any. */
    @Column(name = "due_by")
    private Instant dueBy;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "failed_at")
    private Instant failedAt;
    /** The path of the page the mail links to, when it is one task's; otherwise the kind's page. */
    @Column(name = "link", length = 200)
    private String link;
    /** In plain words and without any address: the outbox page shows it. */
    @Column(name = "last_error", length = 500)
    private String lastError;

    protected Notification() {}

    Notification(String caseReference, NotificationKind kind, String recipient, String subject, String body,
                 Instant createdAt, Instant dueBy) {
        this(caseReference, kind, recipient, subject, body, createdAt, dueBy, null);
    }

    Notification(String caseReference, NotificationKind kind, String recipient, String subject, String body,
                 Instant createdAt, Instant dueBy, String link) {
        this.link = link;
        this.caseReference = caseReference;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.dueBy = dueBy;
    }

    void markSent(Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("Already sent");
        }
        this.sentAt = at;
        this.attempts++;
        this.nextAttemptAt = null;
    }

    /** A temporary failure: tried again from {@code retryAt}. */
    void attemptFailed(String reason, Instant retryAt) {
        requireQueued();
        this.attempts++;
        this.lastError = reason;
        this.nextAttemptAt = retryAt;
    }

    /** Given up: nobody will try again until someone resends it. */
    void giveUp(String reason, Instant at) {
        requireQueued();
        this.attempts++;
        this.lastError = reason;
        this.failedAt = at;
        this.nextAttemptAt = null;
    }

    /** A failed notice queued again, with fresh attempts; its history stays in the trail. */
    void resend() {
        if (failedAt == null) {
            throw new IllegalStateException("Only a failed notification is sent again");
        }
        this.failedAt = null;
        this.attempts = 0;
        this.nextAttemptAt = null;
    }

    private void requireQueued() {
        if (sentAt != null || failedAt != null) {
            throw new IllegalStateException("Not waiting to be sent");
        }
    }

    public NoticeStatus status() {
        return sentAt != null ? NoticeStatus.SENT : failedAt != null ? NoticeStatus.FAILED : NoticeStatus.QUEUED;
    }

    public Long id() { return id; }
    public String caseReference() { return caseReference; }
    public NotificationKind kind() { return kind; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public Instant dueBy() { return dueBy; }
    public Instant sentAt() { return sentAt; }
    public boolean sent() { return sentAt != null; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant failedAt() { return failedAt; }
    public String lastError() { return lastError; }
    public String link() { return link; }
}
