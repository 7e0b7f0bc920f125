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

    protected Notification() {}

    Notification(String caseReference, NotificationKind kind, String recipient, String subject, String body,
                 Instant createdAt, Instant dueBy) {
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
}
