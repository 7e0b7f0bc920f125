package org.practicereview.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.practicereview.shared.CaseReference;

/**
 * One case the PRG considered, anonymised: its reference and, once published, its pseudonym (null
 * until then) — there is deliberately nowhere to put a name. {@code decision} and
 * {@code decisionDate} are null while the chair has not decided. {@code meetings} names the PRG
 * meetings the case was considered at, in words, or is null when it was considered outside a meeting.
 * {@code trackingDates} are the business unit's dates of the case, from referral to the chair's decision.
 */
public record PrgCase(CaseReference reference, String pseudonym, String purpose, String criteriaResult,
        String recommendation, String decision, LocalDate referralDate, LocalDate decisionDate,
        DeadlineStatus decisionDeadline, DeadlineStatus nationalPanelNotice, String meetings, List<TrackingDate> trackingDates) {

    public PrgCase(CaseReference reference, String pseudonym, String purpose, String criteriaResult, String recommendation,
                   String decision, LocalDate referralDate, LocalDate decisionDate, DeadlineStatus decisionDeadline,
                   DeadlineStatus nationalPanelNotice, String meetings) {
        this(reference, pseudonym, purpose, criteriaResult, recommendation, decision, referralDate, decisionDate, decisionDeadline,
                nationalPanelNotice, meetings, List.of());
    }

    public PrgCase(CaseReference reference, String pseudonym, String purpose, String criteriaResult, String recommendation,
                   String decision, LocalDate referralDate, LocalDate decisionDate, DeadlineStatus decisionDeadline,
                   DeadlineStatus nationalPanelNotice) {
        this(reference, pseudonym, purpose, criteriaResult, recommendation, decision, referralDate, decisionDate, decisionDeadline,
                nationalPanelNotice, null);
    }

    public PrgCase {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(criteriaResult, "criteriaResult");
        Objects.requireNonNull(referralDate, "referralDate");
        Objects.requireNonNull(decisionDeadline, "decisionDeadline");
        Objects.requireNonNull(nationalPanelNotice, "nationalPanelNotice");
        trackingDates = trackingDates == null ? List.of() : List.copyOf(trackingDates);
    }

    public boolean decided() {
        return decisionDate != null;
    }

    public OptionalLong daysToDecision() {
        return decided() ? OptionalLong.of(ChronoUnit.DAYS.between(referralDate, decisionDate)) : OptionalLong.empty();
    }
}
