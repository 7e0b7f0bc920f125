package org.practicereview.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One generated version of a 7 minute briefing, frozen: the texts as they were when the pack passed
 * its check. The chair approves, and the public reads, exactly this version.
 */
@Entity
@Table(name = "publication_briefing")
class BriefingVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;
    @Column(name = "content_json", nullable = false, length = 20000)
    private String contentJson;

    protected BriefingVersion() {}

    BriefingVersion(String caseReference, int versionNumber, Instant generatedAt, String contentJson) {
        this.caseReference = caseReference;
        this.versionNumber = versionNumber;
        this.generatedAt = generatedAt;
        this.contentJson = contentJson;
    }

    String caseReference() { return caseReference; }
    int versionNumber() { return versionNumber; }
    Instant generatedAt() { return generatedAt; }
    String contentJson() { return contentJson; }
}
