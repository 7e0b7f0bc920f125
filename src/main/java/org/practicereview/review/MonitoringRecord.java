package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One record of a local review's progress, and the written request made to its reviewers, if any. Never changed. */
@Entity
@Table(name = "review_monitoring")
public class MonitoringRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(nullable = false, length = 5000)
    private String progress;
    @Column(name = "written_request", length = 5000)
    private String writtenRequest;
    @Column(name = "written_request_on")
    private LocalDate writtenRequestOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MonitoringRecord() {}

    MonitoringRecord(String caseReference, String progress, String writtenRequest, LocalDate writtenRequestOn,
                     String recordedBy, Instant recordedAt) {
        this.caseReference = caseReference;
        this.progress = progress;
        this.writtenRequest = writtenRequest;
        this.writtenRequestOn = writtenRequestOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String progress() { return progress; }
    public Optional<String> writtenRequest() { return Optional.ofNullable(writtenRequest); }
    public Optional<LocalDate> writtenRequestOn() { return Optional.ofNullable(writtenRequestOn); }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
