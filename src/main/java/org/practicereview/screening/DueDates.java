package org.practicereview.screening;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.practicereview.workflow.WorkingDays;

/** Dates as notices write them: "5 March 2026", UK time. */
final class DueDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DueDates() {}

    static String format(Instant instant) {
        return FORMAT.format(instant.atZone(WorkingDays.UK));
    }
}
