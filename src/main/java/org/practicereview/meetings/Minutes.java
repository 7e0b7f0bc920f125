package org.practicereview.meetings;

import java.time.Instant;
import java.util.List;
import org.practicereview.shared.GovDates;

/**
 * A meeting's minutes as generated from its record, in numbered items; approved minutes name the later
 * meeting that approved them and never change.
 */
public record Minutes(long meetingId, List<Item> items, String generatedBy, Instant generatedAt, String approvedBy,
                      Instant approvedAt, Long approvedAtMeeting) {

    public record Item(String heading, String body) {

        public String[] lines() {
            return body.split("\\R");
        }
    }

    public boolean approved() {
        return approvedAt != null;
    }

    public String generatedInWords() {
        return GovDates.time(generatedAt) + " by " + generatedBy;
    }

    public String approvedInWords() {
        return approvedAt == null ? null : GovDates.time(approvedAt) + " by " + approvedBy;
    }
}
