package org.practicereview.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The cases the PRG considered between two dates, for the board's report on how it decided. */
public record PrgReport(String boardName, LocalDate from, LocalDate to, List<PrgCase> cases) {

    public PrgReport {
        Objects.requireNonNull(boardName, "boardName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        cases = List.copyOf(cases);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public long decided() {
        return cases.stream().filter(PrgCase::decided).count();
    }

    public long count(DeadlineStatus status, boolean panelNotice) {
        return cases.stream()
                .filter(c -> (panelNotice ? c.nationalPanelNotice() : c.decisionDeadline()) == status)
                .count();
    }

    public OptionalDouble averageDaysToDecision() {
        return cases.stream().map(PrgCase::daysToDecision).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).average();
    }
}
