package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the lead reviewer's draft report. Versions are kept; a new draft never overwrites one. */
@Entity
@Table(name = "review_report_draft")
public class ReportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "summary_of_findings", nullable = false, length = 20000)
    private String summaryOfFindings;
    @Column(name = "changes_since_last", length = 5000)
    private String changesSinceLastVersion;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ReportDraft() {}

    ReportDraft(int versionNumber, String summaryOfFindings, String changesSinceLastVersion, String submittedBy,
                Instant submittedAt) {
        this.versionNumber = versionNumber;
        this.summaryOfFindings = summaryOfFindings;
        this.changesSinceLastVersion = changesSinceLastVersion;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public int versionNumber() { return versionNumber; }
    public String summaryOfFindings() { return summaryOfFindings; }
    public String changesSinceLastVersion() { return changesSinceLastVersion; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
}
