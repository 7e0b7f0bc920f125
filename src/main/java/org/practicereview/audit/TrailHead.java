package org.practicereview.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that holds the end of the chain; locked for every append so the chain never forks. */
@Entity
@Table(name = "trail_head")
class TrailHead {

    @Id
    private int id;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected TrailHead() {}

    long lastSeq() { return lastSeq; }
    String lastHash() { return lastHash; }

    void advance(TrailEvent event) {
        this.lastSeq = event.seq();
        this.lastHash = event.hash();
    }
}
