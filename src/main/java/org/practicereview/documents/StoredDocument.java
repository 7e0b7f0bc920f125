package org.practicereview.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored document of a case: its bytes, digest and who made it; public only once published. */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private boolean published;

    protected StoredDocument() {}

    StoredDocument(String caseReference, DocumentKind kind, String fileName, byte[] content, String sha256,
                   Instant createdAt, String createdBy) {
        this.caseReference = caseReference;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = "application/pdf";
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void publish() {
        published = true;
    }

    public Long id() { return id; }
    public String caseReference() { return caseReference; }
    public DocumentKind kind() { return kind; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public byte[] content() { return content.clone(); }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public boolean published() { return published; }
}
