package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.practicereview.shared.BusinessRuleException;

/** The living action plan of one case: open until every action in it is accepted. */
@Entity
@Table(name = "learning_plan")
class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(name = "row_version", nullable = false)
    private int version;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected ActionPlan() {}

    ActionPlan(String caseReference, Instant openedAt) {
        this.caseReference = caseReference;
        this.openedAt = openedAt;
    }

    /** A closed plan takes no new recommendation or action: the board opens its next piece of work elsewhere. */
    void requireOpen() {
        if (closedAt != null) {
            throw new BusinessRuleException("The action plan is closed: every action in it was accepted");
        }
    }

    void close(Instant at) {
        requireOpen();
        closedAt = at;
    }

    Long id() { return id; }
    String caseReference() { return caseReference; }
    Instant openedAt() { return openedAt; }
    Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
}
