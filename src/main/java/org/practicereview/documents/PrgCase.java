package org.practicereview.documents;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;
import org.practicereview.shared.CaseReference;

/**
 * One case the PRG considered, anonymised: its reference and, once published, its pseudonym (null
 * until then) — there is deliberately nowhere to put a name. {@code decision} and
 * {@code decisionDate} are null while the chair has not decided. {@code meetings} names the PRG
 * meetings the case was considered at, in words, or is null when it was considered outside a meeting.
 */
public record PrgCase(CaseReference reference, String pseudonym, String purpose, String criteriaResult,
        String recommendation, String decision, LocalDate referralDate, LocalDate decisionDate,
        DeadlineStatus decisionDeadline, DeadlineStatus nationalPanelNotice, String meetings) {

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
    }

    public boolean decided() {
        return decisionDate != null;
    }

    public OptionalLong daysToDecision() {
        return decided() ? OptionalLong.of(ChronoUnit.DAYS.between(referralDate, decisionDate)) : OptionalLong.empty();
    }
}
