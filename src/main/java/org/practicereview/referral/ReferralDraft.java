package org.practicereview.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A referral being written, saved after every page so that nothing typed is lost. Seen by its owner only. */
@Entity
@Table(name = "referral_draft")
class ReferralDraft {

    @Id
    private String id;
    @Column(nullable = false, updatable = false)
    private String owner;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "content_json", nullable = false)
    private String contentJson;

    protected ReferralDraft() {}

    static ReferralDraft start(String owner, String emptyContent, Instant at) {
        ReferralDraft d = new ReferralDraft();
        d.id = UUID.randomUUID().toString();
        d.owner = owner;
        d.createdAt = at;
        d.updatedAt = at;
        d.contentJson = emptyContent;
        return d;
    }

    boolean ownedBy(String userId) {
        return owner.equals(userId);
    }

    void replaceContent(String json, Instant at) {
        contentJson = json;
        updatedAt = at;
    }

    String id() { return id; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    String contentJson() { return contentJson; }
}
