package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One agency's report (IMR) to the review; one per agency. */
@Entity
@Table(name = "review_agency_report")
public class AgencyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "involvement_summary", nullable = false, length = 10000)
    private String involvementSummary;
    @Column(nullable = false, length = 10000)
    private String analysis;
    @Column(nullable = false, length = 5000)
    private String learning;
    @Column(length = 5000)
    private String recommendations;
    @Column(name = "files_secured", nullable = false)
    private boolean filesSecured;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected AgencyReport() {}

    AgencyReport(String agencyCode, Contents contents, String submittedBy, Instant submittedAt) {
        this.agencyCode = agencyCode;
        this.involvementSummary = contents.involvementSummary();
        this.analysis = contents.analysis();
        this.learning = contents.learning();
        this.recommendations = contents.recommendations();
        this.filesSecured = contents.filesSecured();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    /** What an agency says in its report. */
    public record Contents(String involvementSummary, String analysis, String learning, String recommendations,
                           boolean filesSecured) {}

    public String agencyCode() { return agencyCode; }
    public Contents contents() {
        return new Contents(involvementSummary, analysis, learning, recommendations, filesSecured);
    }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
}
