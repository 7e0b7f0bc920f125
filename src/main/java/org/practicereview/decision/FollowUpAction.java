package org.practicereview.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.practicereview.shared.CaseReference;

/**
 * One thing the chair's decision not to review asks for: what, by which agency, by when; done once the
 * business unit records the evidence that it was. The case closes when every one is done.
 */
@Entity
@Table(name = "follow_up_action")
public class FollowUpAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(name = "row_version", nullable = false)
    private int version;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpKind kind;
    @Column(nullable = false)
    private String description;
    @Column(name = "owner_agency", nullable = false)
    private String ownerAgency;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    private String evidence;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected FollowUpAction() {}

    static FollowUpAction ask(CaseReference caseReference, FollowUpKind kind, String description, String ownerAgency,
                              LocalDate dueDate, String by, Instant at) {
        FollowUpAction action = new FollowUpAction();
        action.caseReference = caseReference.value();
        action.kind = kind;
        action.description = description;
        action.ownerAgency = ownerAgency;
        action.dueDate = dueDate;
        action.createdBy = by;
        action.createdAt = at;
        return action;
    }

    /** The business unit records what was done; an action is done once. */
    void complete(String evidence, String by, Instant at) {
        if (completedAt != null) {
            throw new IllegalStateException("This follow-up action is already done");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("A follow-up action is done with evidence");
        }
        this.evidence = evidence.strip();
        this.completedBy = by;
        this.completedAt = at;
    }

    public Long id() { return id; }
    public CaseReference caseReference() { return new CaseReference(caseReference); }
    public FollowUpKind kind() { return kind; }
    public String description() { return description; }
    public String ownerAgency() { return ownerAgency; }
    public LocalDate dueDate() { return dueDate; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Optional<String> evidence() { return Optional.ofNullable(evidence); }
    public String completedBy() { return completedBy; }
    public Optional<Instant> completedAt() { return Optional.ofNullable(completedAt); }
}
