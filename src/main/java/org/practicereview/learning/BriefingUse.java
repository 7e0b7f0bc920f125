package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One use of a published briefing by an agency: where, when, with how many staff. */
@Entity
@Table(name = "learning_briefing_use")
class BriefingUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BriefingSetting setting;
    @Column(name = "used_on", nullable = false)
    private LocalDate usedOn;
    @Column(name = "staff_count", nullable = false)
    private int staffCount;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected BriefingUse() {}

    BriefingUse(String caseReference, String agencyCode, BriefingSetting setting, LocalDate usedOn, int staffCount, String note,
                String recordedBy, Instant recordedAt) {
        this.caseReference = caseReference;
        this.agencyCode = agencyCode;
        this.setting = setting;
        this.usedOn = usedOn;
        this.staffCount = staffCount;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    String caseReference() { return caseReference; }
    String agencyCode() { return agencyCode; }
    BriefingSetting setting() { return setting; }
    LocalDate usedOn() { return usedOn; }
    int staffCount() { return staffCount; }
    String note() { return note; }
}
