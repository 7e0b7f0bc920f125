package org.practicereview.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.practicereview.shared.ReviewType;

/** A review as the case page and the auditor see it (no report text, no family details). */
public record ReviewSummary(String caseReference, ReviewType reviewType, ReviewStatus status, String leadReviewer,
                           Instant startedAt, Instant completedAt, int draftVersions, List<QaSummary> qaRounds,
                           List<String> agenciesReported, boolean signedOff, List<Action> actionPlan,
                           Terms terms, List<Withdrawn> reportsWithdrawn, RoundClosed reportRoundClosed,
                           Instant targetDue, LocalDate decisionToInitiate, List<String> furtherReviewers) {

    /** An agency report the coordinator withdrew, and why. */
    public record Withdrawn(String agencyCode, String reason, String by, Instant at) {}

    /** The agency report round closed before every agency reported, and why. */
    public record RoundClosed(String reason, String by, Instant at) {}

    /** The period under review and the methodology (the key lines of enquiry stay with the review). */
    public record Terms(LocalDate periodFrom, LocalDate periodTo, Methodology methodology) {}

    public record QaSummary(int round, int draftVersion, QaOutcome outcome) {}

    public record Action(int number, String recommendation, ActionScope scope, String ownerAgency, LocalDate dueDate,
                         ActionStatus status) {}

    static ReviewSummary of(Review r) {
        return new ReviewSummary(r.caseReference().value(), r.reviewType(), r.status(), r.leadReviewer().orElse(null),
                r.startedAt(), r.completedAt().orElse(null), r.drafts().size(),
                r.qaRounds().stream().map(q -> new QaSummary(q.roundNumber(), q.draftVersion(), q.outcome())).toList(),
                r.agencyReports().stream().map(AgencyReport::agencyCode).toList(), r.signOff().isPresent(),
                r.actionPlan().stream().map(i -> new Action(i.itemNumber(), i.recommendation(), i.scope(),
                        i.ownerAgency(), i.dueDate(), i.status())).toList(),
                r.terms() == null ? null : new Terms(r.terms().periodFrom(), r.terms().periodTo(), r.terms().methodology()),
                r.reportWithdrawals().stream().map(w -> new Withdrawn(w.agencyCode(), w.reason(), w.withdrawnBy(),
                        w.withdrawnAt())).toList(),
                r.reportRoundClosedAt().map(at -> new RoundClosed(r.reportRoundCloseReason(), r.reportRoundClosedBy(), at))
                        .orElse(null),
                r.targetDue().orElse(null), r.decisionToInitiateOn().orElse(null), r.furtherReviewers());
    }
}
