package org.practicereview.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/** One event of the trail. Immutable: the entity has no setters and the table refuses updates. */
@Entity
@Table(name = "trail_event")
public class TrailEvent implements Persistable<Long> {

    @Id
    private long seq;
    @Column(name = "case_reference")
    private String caseReference;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_role", nullable = false)
    private String actorRole;
    @Column(nullable = false)
    private String action;
    @Column(length = 4000)
    private String details;
    @Column(name = "previous_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    protected TrailEvent() {}

    TrailEvent(long seq, String caseReference, Instant occurredAt, String actor, String actorRole,
               String action, String details, String previousHash) {
        this.seq = seq;
        this.caseReference = caseReference;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = TrailHashing.hash(this);
    }

    public long seq() { return seq; }
    public String caseReference() { return caseReference; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public String actorRole() { return actorRole; }
    public String action() { return action; }
    public String details() { return details; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }

    /** Always new: the repository's save can only insert (a second save of a sequence fails on its key), never merge. */
    @Override
    public Long getId() { return seq; }

    @Override
    public boolean isNew() { return true; }
}
