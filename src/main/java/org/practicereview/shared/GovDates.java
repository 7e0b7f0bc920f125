package org.practicereview.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people read them (GOV.UK style): "4 January 2027", "4 January 2027 at 5pm", in UK time. */
public final class GovDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private GovDates() {}

    public static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    public static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(UK));
    }

    public static String time(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime at = instant.atZone(UK);
        return DAY.format(at) + " at " + clock(at.toLocalTime());
    }

    /** "5pm", "9:30am", "midday", "midnight". */
    public static String clock(LocalTime time) {
        if (time.getHour() == 0 && time.getMinute() == 0) {
            return "midnight";
        }
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "midday";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }
}
