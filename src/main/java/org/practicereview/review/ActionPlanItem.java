package org.practicereview.review;

import org.practicereview.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One recommendation of the action plan, with its owner agency, due date and progress. */
@Entity
@Table(name = "review_action_item")
public class ActionPlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_number", nullable = false)
    private int itemNumber;
    @Column(nullable = false, length = 2000)
    private String recommendation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionScope scope;
    @Column(name = "owner_agency", nullable = false)
    private String ownerAgency;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    protected ActionPlanItem() {}

    ActionPlanItem(int itemNumber, Proposal proposal) {
        this.itemNumber = itemNumber;
        this.recommendation = proposal.recommendation();
        this.scope = proposal.scope();
        this.ownerAgency = proposal.ownerAgency();
        this.dueDate = proposal.dueDate();
        this.status = proposal.status();
    }

    /** A recommendation as agreed: what, for whom, by when, and how far it has got. */
    public record Proposal(String recommendation, ActionScope scope, String ownerAgency, LocalDate dueDate,
                           ActionStatus status) {}

    /** Work on the recommendation has begun. */
    void start() {
        if (status != ActionStatus.OPEN) {
            throw new BusinessRuleException("Only an open action can be started");
        }
        status = ActionStatus.IN_PROGRESS;
    }

    /** The recommendation is done; a completed action stays completed. */
    void complete() {
        if (status == ActionStatus.COMPLETED) {
            throw new BusinessRuleException("The action is already completed");
        }
        status = ActionStatus.COMPLETED;
    }

    public int itemNumber() { return itemNumber; }
    public String recommendation() { return recommendation; }
    public ActionScope scope() { return scope; }
    public String ownerAgency() { return ownerAgency; }
    public LocalDate dueDate() { return dueDate; }
    public ActionStatus status() { return status; }
}
