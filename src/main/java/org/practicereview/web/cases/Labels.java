package org.practicereview.web.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;

/** Words and dates as the case pages show them. */
final class Labels {

    static final Map<String, String> PURPOSES = new LinkedHashMap<>();

    static {
        // The case list's filter: a serious incident of either law is one purpose.
        PURPOSES.put("SCR_CONSIDERATION", "Consider a serious case review, or a serious incident (2018 arrangements)");
        PURPOSES.put("MULTI_AGENCY_LEARNING", "Multi-agency learning");
        PURPOSES.put("GOOD_PRACTICE", "Good practice");
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Labels() {}


    /** A code such as {@code INITIATE_SCR} as words: "Initiate scr" is avoided by the callers' own maps. */
    static String words(String code) {
        if (code == null) {
            return "";
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(WorkingDays.UK));
    }

    static String day(Date date) {
        return date == null ? null : day(date.toInstant());
    }

    static String time(Instant instant) {
        return GovDates.time(instant);
    }
}
