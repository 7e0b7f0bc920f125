package org.practicereview.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.practicereview.shared.GovDates;

/** A PRG meeting as scheduled: when, where (a room or a link), and by whom. */
public record Meeting(long id, LocalDate heldOn, LocalTime startsAt, String place, String scheduledBy, Instant scheduledAt) {

    /** "4 March 2027 at 10am". */
    public String when() {
        return GovDates.day(heldOn) + " at " + GovDates.clock(startsAt);
    }

    /** "PRG meeting, 4 March 2027": how pages, the trail and the report name it. */
    public String title() {
        return "PRG meeting, " + GovDates.day(heldOn);
    }

    /** The meeting starts at this instant, UK time. */
    public Instant startsAtInstant() {
        return heldOn.atTime(startsAt).atZone(GovDates.UK).toInstant();
    }

    public boolean isLink() {
        return place.startsWith("https://");
    }
}
