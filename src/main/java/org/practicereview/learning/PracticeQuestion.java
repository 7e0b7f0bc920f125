package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.practicereview.shared.BusinessRuleException;

/**
 * The follow-up survey's question to one agency about one published review, "what changed in practice?":
 * scheduled at publication, asked on its day, reminded once, answered once.
 */
@Entity
@Table(name = "learning_practice_question")
class PracticeQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(name = "row_version", nullable = false)
    private long version;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "ask_on", nullable = false)
    private LocalDate askOn;
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;
    @Column(name = "asked_on")
    private LocalDate askedOn;
    @Column(name = "remind_on")
    private LocalDate remindOn;
    @Column(name = "reminded_on")
    private LocalDate remindedOn;
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PracticeQuestion() {}

    PracticeQuestion(String caseReference, String agencyCode, LocalDate askOn, int reminderDays) {
        this.caseReference = caseReference;
        this.agencyCode = agencyCode;
        this.askOn = askOn;
        this.reminderDays = reminderDays;
    }

    void asked(LocalDate today, LocalDate remindOn) {
        this.askedOn = today;
        this.remindOn = remindOn;
    }

    void reminded(LocalDate today) {
        this.remindedOn = today;
    }

    /** Answered once: an agency that wants to add more records it on the briefing's uses. */
    void answer(String text, String by, Instant at) {
        if (askedOn == null) {
            throw new BusinessRuleException("Your agency has not been asked about this review yet");
        }
        if (answeredAt != null) {
            throw new BusinessRuleException("Your agency has already said what changed in practice after this review");
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    boolean open() { return askedOn != null && answeredAt == null; }
    boolean overdue(LocalDate today) { return open() && remindOn != null && today.isAfter(remindOn); }
    String caseReference() { return caseReference; }
    String agencyCode() { return agencyCode; }
    LocalDate askOn() { return askOn; }
    int reminderDays() { return reminderDays; }
    LocalDate askedOn() { return askedOn; }
    LocalDate remindOn() { return remindOn; }
    String answer() { return answer; }
    Instant answeredAt() { return answeredAt; }
}
