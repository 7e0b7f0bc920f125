package org.practicereview.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A {@link Finding} as kept: which case, which check round, when. The context is already masked. */
@Entity
@Table(name = "publication_finding")
class RecordedFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "check_round", nullable = false)
    private int checkRound;
    @Column(name = "field_key", nullable = false)
    private String fieldKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentifierKind kind;
    @Column(name = "masked_context", nullable = false, length = 1000)
    private String maskedContext;
    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected RecordedFinding() {}

    RecordedFinding(String caseReference, int checkRound, Finding finding, Instant foundAt) {
        this.caseReference = caseReference;
        this.checkRound = checkRound;
        this.fieldKey = finding.field();
        this.kind = finding.kind();
        this.maskedContext = finding.context().length() > 1000 ? finding.context().substring(0, 1000) : finding.context();
        this.foundAt = foundAt;
    }

    Finding finding() {
        return new Finding(fieldKey, kind, maskedContext);
    }

    int checkRound() {
        return checkRound;
    }
}
