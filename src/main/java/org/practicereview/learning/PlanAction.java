package org.practicereview.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.practicereview.shared.BusinessRuleException;

/**
 * One action of a recommendation: what an agency does by its target date. The agency reports progress
 * and, when done, asks the PRG to accept it; the PRG accepts or asks for more, with its reason.
 */
@Entity
@Table(name = "learning_action")
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    @Column(name = "row_version", nullable = false)
    private int version;
    @Column(name = "plan_id", nullable = false)
    private Long planId;
    @Column(name = "recommendation_number", nullable = false)
    private int recommendationNumber;
    @Column(name = "action_number", nullable = false)
    private int number;
    @Column(nullable = false, length = 2000)
    private String description;
    @Column(name = "owner_agency", nullable = false)
    private String ownerAgency;
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;
    @Column(name = "more_asked_reason")
    private String moreAskedReason;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "reminded_before_on")
    private LocalDate remindedBeforeOn;
    @Column(name = "reminded_after_on")
    private LocalDate remindedAfterOn;

    protected PlanAction() {}

    PlanAction(Long planId, int recommendationNumber, int number, String description, String ownerAgency,
               LocalDate targetDate, ActionStatus status) {
        this.planId = planId;
        this.recommendationNumber = recommendationNumber;
        this.number = number;
        this.description = description;
        this.ownerAgency = ownerAgency;
        this.targetDate = targetDate;
        this.status = status;
    }

    /** The agency's update: still working on it, or done and asking the PRG to accept it. */
    void reportProgress(boolean done) {
        if (status == ActionStatus.ACCEPTED) {
            throw new BusinessRuleException("This action is done and accepted: it takes no more updates");
        }
        if (status == ActionStatus.AWAITING_ACCEPTANCE) {
            throw new BusinessRuleException("The PRG is considering this action: wait for its answer before updating it");
        }
        status = done ? ActionStatus.AWAITING_ACCEPTANCE : ActionStatus.IN_PROGRESS;
    }

    void accept(String by, Instant at) {
        requireAwaitingAcceptance();
        status = ActionStatus.ACCEPTED;
        moreAskedReason = null;
        acceptedBy = by;
        acceptedAt = at;
    }

    /** Back to the agency, which reads the reason beside the action. */
    void askForMore(String reason) {
        requireAwaitingAcceptance();
        status = ActionStatus.IN_PROGRESS;
        moreAskedReason = reason;
    }

    private void requireAwaitingAcceptance() {
        if (status != ActionStatus.AWAITING_ACCEPTANCE) {
            throw new BusinessRuleException("Only an action the agency has reported done can be accepted or sent back");
        }
    }

    /** Past its target date and not yet with the PRG or accepted. */
    boolean overdue(LocalDate today) {
        return (status == ActionStatus.NOT_STARTED || status == ActionStatus.IN_PROGRESS) && targetDate.isBefore(today);
    }

    /** Still the agency's to do, and not yet reminded that its target date is near. */
    boolean dueSoonUnreminded(LocalDate today, int daysBefore) {
        return open() && remindedBeforeOn == null && !targetDate.isBefore(today) && !today.plusDays(daysBefore).isBefore(targetDate);
    }

    boolean overdueUnreminded(LocalDate today) {
        return overdue(today) && remindedAfterOn == null;
    }

    void remindedBefore(LocalDate on) { remindedBeforeOn = on; }
    void remindedAfter(LocalDate on) { remindedAfterOn = on; }

    private boolean open() {
        return status == ActionStatus.NOT_STARTED || status == ActionStatus.IN_PROGRESS;
    }

    Long id() { return id; }
    Long planId() { return planId; }
    int recommendationNumber() { return recommendationNumber; }
    int number() { return number; }
    String description() { return description; }
    String ownerAgency() { return ownerAgency; }
    LocalDate targetDate() { return targetDate; }
    ActionStatus status() { return status; }
    Optional<String> moreAskedReason() { return Optional.ofNullable(moreAskedReason); }
    Optional<String> acceptedBy() { return Optional.ofNullable(acceptedBy); }
    Optional<Instant> acceptedAt() { return Optional.ofNullable(acceptedAt); }
    Optional<LocalDate> remindedAfterOn() { return Optional.ofNullable(remindedAfterOn); }

    /** "2.1": recommendation 2, action 1. */
    String label() {
        return recommendationNumber + "." + number;
    }
}
