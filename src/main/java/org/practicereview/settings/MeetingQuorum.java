package org.practicereview.settings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The board's rule for a quorate PRG meeting: how many members must be present, from how many
 * agencies, before the meeting's outcomes may be recorded. Set by configuration
 * ({@code practice-review.meeting-quorum.*}); the statutory guidance leaves the number to the board.
 */
@Component
public class MeetingQuorum {

    private final int members;
    private final int agencies;

    MeetingQuorum(@Value("${practice-review.meeting-quorum.members:3}") int members,
                  @Value("${practice-review.meeting-quorum.agencies:2}") int agencies) {
        if (members < 1 || agencies < 1 || agencies > members) {
            throw new IllegalStateException("practice-review.meeting-quorum: members and agencies must be at least 1, agencies no more than members");
        }
        this.members = members;
        this.agencies = agencies;
    }

    public int members() {
        return members;
    }

    public int agencies() {
        return agencies;
    }

    /** True when this many members from this many agencies are present. */
    public boolean met(long membersPresent, long agenciesPresent) {
        return membersPresent >= members && agenciesPresent >= agencies;
    }

    /** "at least 3 members from at least 2 agencies". */
    public String inWords() {
        return "at least " + members + (members == 1 ? " member" : " members") + " from at least " + agencies
                + (agencies == 1 ? " agency" : " agencies");
    }
}
