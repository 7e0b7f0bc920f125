package org.practicereview.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import org.practicereview.workflow.WorkingDays;

/** A year, or one quarter of it (1 to 4), as the board reports on it: calendar quarters, UK days. */
public record Period(int year, Integer quarter) {

    public Period {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("year");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter");
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    /** The day after the period. */
    public LocalDate end() {
        return quarter == null ? firstDay().plusYears(1) : firstDay().plusMonths(3);
    }

    public Instant from() {
        return firstDay().atStartOfDay(WorkingDays.UK).toInstant();
    }

    public Instant to() {
        return end().atStartOfDay(WorkingDays.UK).toInstant();
    }

    /** "2026" or "April to June 2026". */
    public String words() {
        if (quarter == null) {
            return String.valueOf(year);
        }
        String[] quarters = {"January to March", "April to June", "July to September", "October to December"};
        return quarters[quarter - 1] + " " + year;
    }
}
