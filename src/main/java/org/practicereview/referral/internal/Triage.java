package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practicereview.shared.CaseReference;

/** The coordinator's triage of a referral. A referral that comes back with more information is triaged again. */
@Entity
@Table(name = "triage")
public class Triage {

    public enum Outcome { ACCEPTED, MORE_INFORMATION, MERGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false, updatable = false)
    private String caseReference;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;
    @Column(nullable = false, updatable = false)
    private boolean complete;
    @Column(name = "in_area", nullable = false, updatable = false)
    private boolean inArea;
    @Column(name = "duplicate_of", updatable = false)
    private String duplicateOf;
    @Column(name = "questions_for_referrer", updatable = false)
    private String questionsForReferrer;
    @Column(updatable = false)
    private String notes;
    @Column(name = "triaged_by", nullable = false, updatable = false)
    private String triagedBy;
    @Column(name = "triaged_at", nullable = false, updatable = false)
    private Instant triagedAt;

    protected Triage() {}

    /** What the coordinator found; only the answer that belongs to the outcome is kept (a duplicate, or questions). */
    public static Triage record(CaseReference caseReference, Outcome outcome, boolean complete, boolean inArea,
                                CaseReference duplicateOf, String questionsForReferrer, String notes,
                                String triagedBy, Instant at) {
        Guard.holds(outcome != Outcome.MERGED || duplicateOf != null, "A merged referral names the case it duplicates");
        Guard.holds(outcome != Outcome.MORE_INFORMATION || questionsForReferrer != null, "A request for more information has questions");
        Guard.holds(outcome != Outcome.ACCEPTED || complete, "An incomplete referral cannot be accepted");
        Triage t = new Triage();
        t.caseReference = caseReference.value();
        t.outcome = outcome;
        t.complete = complete;
        t.inArea = inArea;
        t.duplicateOf = outcome == Outcome.MERGED ? duplicateOf.value() : null;
        t.questionsForReferrer = outcome == Outcome.MORE_INFORMATION ? questionsForReferrer : null;
        t.notes = notes;
        t.triagedBy = triagedBy;
        t.triagedAt = at;
        return t;
    }

    public CaseReference caseReference() { return new CaseReference(caseReference); }
    public Outcome outcome() { return outcome; }
    public boolean complete() { return complete; }
    public boolean inArea() { return inArea; }
    public CaseReference duplicateOf() { return duplicateOf == null ? null : new CaseReference(duplicateOf); }
    public String questionsForReferrer() { return questionsForReferrer; }
    public String notes() { return notes; }
    public String triagedBy() { return triagedBy; }
    public Instant triagedAt() { return triagedAt; }
}
