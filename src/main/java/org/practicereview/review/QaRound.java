package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of PRG quality assurance of one draft version. Rounds are numbered from 1. */
@Entity
@Table(name = "review_qa_round")
public class QaRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "round_number", nullable = false)
    private int roundNumber;
    @Column(name = "draft_version", nullable = false)
    private int draftVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QaOutcome outcome;
    @Column(length = 5000)
    private String comments;
    @Column(name = "assured_by", nullable = false)
    private String assuredBy;
    @Column(name = "assured_at", nullable = false)
    private Instant assuredAt;

    protected QaRound() {}

    QaRound(int roundNumber, int draftVersion, QaOutcome outcome, String comments, String assuredBy, Instant assuredAt) {
        this.roundNumber = roundNumber;
        this.draftVersion = draftVersion;
        this.outcome = outcome;
        this.comments = comments;
        this.assuredBy = assuredBy;
        this.assuredAt = assuredAt;
    }

    public int roundNumber() { return roundNumber; }
    public int draftVersion() { return draftVersion; }
    public QaOutcome outcome() { return outcome; }
    public String comments() { return comments; }
    public String assuredBy() { return assuredBy; }
    public Instant assuredAt() { return assuredAt; }
}
