package org.practicereview.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/** One agency's answer in a round: its involvement, chronology, whether files are secured, and concerns. */
@Entity
@Table(name = "agency_summary")
class AgencySummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "round_number", nullable = false)
    private int roundNumber;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "involvement_summary", nullable = false)
    private String involvementSummary;
    @Column(nullable = false)
    private String chronology;
    @Column(name = "files_secured", nullable = false)
    private boolean filesSecured;
    @Column(name = "working_together_concerns", nullable = false)
    private boolean workingTogetherConcerns;
    @Column(name = "concerns_details")
    private String concernsDetails;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected AgencySummary() {}

    /** What an agency tells the PRG about its involvement. */
    record Content(String involvementSummary, String chronology, boolean filesSecured,
                   boolean workingTogetherConcerns, String concernsDetails) {}

    private AgencySummary(CaseReference caseReference, int roundNumber, String agencyCode, Content content,
                          Actor by, Instant at) {
        this.caseReference = caseReference.value();
        this.roundNumber = roundNumber;
        this.agencyCode = agencyCode;
        this.involvementSummary = content.involvementSummary();
        this.chronology = content.chronology();
        this.filesSecured = content.filesSecured();
        this.workingTogetherConcerns = content.workingTogetherConcerns();
        this.concernsDetails = content.concernsDetails();
        this.submittedBy = by.userId();
        this.submittedAt = at;
    }

    /** An answer to the given round, from a user of an agency that round asked. */
    static AgencySummary answer(InformationRequest round, String agencyCode, Content content, Actor by, Instant at) {
        if (!round.asks(agencyCode)) {
            throw new IllegalArgumentException("The round did not ask this agency");
        }
        if (content.workingTogetherConcerns() && (content.concernsDetails() == null || content.concernsDetails().isBlank())) {
            throw new IllegalArgumentException("Concerns about working together need details");
        }
        return new AgencySummary(new CaseReference(round.caseReference()), round.roundNumber(), agencyCode, content, by, at);
    }

    String caseReference() { return caseReference; }
    int roundNumber() { return roundNumber; }
    String agencyCode() { return agencyCode; }
    String involvementSummary() { return involvementSummary; }
    String chronology() { return chronology; }
    boolean filesSecured() { return filesSecured; }
    boolean workingTogetherConcerns() { return workingTogetherConcerns; }
    String concernsDetails() { return concernsDetails; }
    String submittedBy() { return submittedBy; }
    Instant submittedAt() { return submittedAt; }
}
