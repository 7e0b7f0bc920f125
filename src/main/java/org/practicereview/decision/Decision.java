package org.practicereview.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.practicereview.screening.CriteriaResult;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;

/**
 * The chair's decision on a case, taken against a screening's criteria result of a known table version.
 * Immutable once recorded; a deferral is followed by a new decision.
 */
@Entity
@Table(name = "scr_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_option", nullable = false)
    private DecisionOption option;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_type")
    private ReviewType reviewType;
    @Column(name = "no_review_follow_up")
    private String noReviewFollowUp;
    @Column(nullable = false)
    private String rationale;
    @Enumerated(EnumType.STRING)
    @Column(name = "criteria_result", nullable = false)
    private CriteriaResult criteriaResult;
    @Column(name = "criteria_set", nullable = false)
    private String criteriaSet;
    @Column(name = "criteria_version", nullable = false)
    private int criteriaVersion;
    @Column(name = "criteria_version_tag")
    private String criteriaVersionTag;
    @Column(name = "departs_from_criteria", nullable = false)
    private boolean departsFromCriteria;
    @Column(name = "departure_reason")
    private String departureReason;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(name = "decision_due")
    private Instant decisionDue;
    @Column(name = "within_deadline", nullable = false)
    private boolean withinDeadline;

    protected Decision() {}

    private Decision(CaseReference caseReference, Choice choice, ScreeningOutcome criteria, Actor by, Instant at, Instant due) {
        this.caseReference = caseReference.value();
        this.option = choice.option();
        this.reviewType = choice.option() == DecisionOption.INITIATE_SCR ? ReviewType.SCR : choice.reviewType();
        this.noReviewFollowUp = choice.noReviewFollowUp().isEmpty() ? null : String.join(",", choice.noReviewFollowUp());
        this.rationale = choice.rationale();
        this.criteriaResult = criteria.result();
        this.criteriaSet = criteria.decisionKey();
        this.criteriaVersion = criteria.decisionVersion();
        this.criteriaVersionTag = criteria.decisionVersionTag();
        this.departsFromCriteria = choice.option().departsFrom(criteria.result());
        this.departureReason = departsFromCriteria ? choice.departureReason() : null;
        this.decidedBy = by.userId();
        this.decidedAt = at;
        this.decisionDue = due;
        this.withinDeadline = due == null || !at.isAfter(due);
    }

    /** What the chair chose and why; review type only for another review, follow-up only for no review. */
    record Choice(DecisionOption option, ReviewType reviewType, List<String> noReviewFollowUp, String rationale,
                  String departureReason) {

        Choice {
            noReviewFollowUp = noReviewFollowUp == null ? List.of() : List.copyOf(noReviewFollowUp);
        }
    }

    /** Records the chair's decision, refusing one that breaks a rule of the decision. */
    static Decision take(CaseReference caseReference, Choice choice, ScreeningOutcome criteria, Actor by,
                         Instant at, Instant due) {
        if (!by.has(Role.CHAIR)) {
            throw new IllegalArgumentException("Only the chair decides");
        }
        requireText(choice.rationale(), "A decision needs a rationale");
        boolean otherReview = choice.option() == DecisionOption.OTHER_REVIEW;
        if (otherReview != (choice.reviewType() != null) || (otherReview && !choice.reviewType().isLesser())) {
            throw new IllegalArgumentException("Another review names its lesser review type, and only then");
        }
        if ((choice.option() == DecisionOption.NO_REVIEW) == choice.noReviewFollowUp().isEmpty()) {
            throw new IllegalArgumentException("A decision not to review says what follows it, and only then");
        }
        if (choice.option().departsFrom(criteria.result())) {
            requireText(choice.departureReason(), "A decision departing from the criteria result needs a reason");
        }
        return new Decision(caseReference, choice, criteria, by, at, due);
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    RecordedDecision view() {
        List<String> followUp = noReviewFollowUp == null ? List.of() : Arrays.asList(noReviewFollowUp.split(","));
        return new RecordedDecision(new CaseReference(caseReference), option, reviewType, followUp, rationale,
                criteriaResult, criteriaSet, criteriaVersion, criteriaVersionTag, departsFromCriteria, departureReason, decidedBy,
                decidedAt, decisionDue, withinDeadline);
    }

    DecisionOption option() { return option; }
    ReviewType reviewType() { return reviewType; }
    boolean departsFromCriteria() { return departsFromCriteria; }
    boolean withinDeadline() { return withinDeadline; }
}
