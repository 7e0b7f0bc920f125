package org.practicereview.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** The timeline's filters, all optional: actor and action exactly, dates inclusive (London time). */
record TimelineFilter(String actor, String action, LocalDate from, LocalDate to) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TimelineFilter NONE = new TimelineFilter(null, null, null, null);

    TimelineFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    boolean accepts(TimelineEntry e) {
        LocalDate day = e.at().atZone(LONDON).toLocalDate();
        return (actor == null || actor.equals(e.actor()))
                && (action == null || action.equals(e.action()))
                && (from == null || !day.isBefore(from))
                && (to == null || !day.isAfter(to));
    }

    boolean any() {
        return actor != null || action != null || from != null || to != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
