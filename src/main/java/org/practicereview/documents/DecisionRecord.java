package org.practicereview.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.practicereview.shared.CaseReference;

/**
 * The chair's decision on a case, as the record shows it: dates, the criteria set and version that
 * applied and what they concluded, the PRG's recommendation, the decision and why, and who made it.
 * The case is named by its reference only. {@code reviewType} and {@code departureReason} may be
 * null: no review commissioned, or a decision that follows the criteria result.
 */
public record DecisionRecord(CaseReference reference, String boardName, LocalDate referralDate,
        LocalDate decisionDate, LocalDate decisionDeadline, String criteriaSet, String criteriaVersion,
        String criteriaResult, String matchedRule, String matchedRuleReason, String prgRecommendation,
        String prgRationale, String decisionOption, String reviewType, String rationale, String departureReason,
        String decidedBy, String decidedByRole) {

    public DecisionRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(boardName, "boardName");
        Objects.requireNonNull(referralDate, "referralDate");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(decisionDeadline, "decisionDeadline");
        Objects.requireNonNull(criteriaSet, "criteriaSet");
        Objects.requireNonNull(criteriaVersion, "criteriaVersion");
        Objects.requireNonNull(criteriaResult, "criteriaResult");
        Objects.requireNonNull(decisionOption, "decisionOption");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedByRole, "decidedByRole");
    }

    public DeadlineStatus deadline() {
        return decisionDate.isAfter(decisionDeadline) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    }

    public long daysFromReferral() {
        return ChronoUnit.DAYS.between(referralDate, decisionDate);
    }

    public boolean departsFromCriteriaResult() {
        return departureReason != null && !departureReason.isBlank();
    }
}
