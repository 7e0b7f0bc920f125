package org.practicereview.settings;

/**
 * The board's rule for a quorate PRG meeting: how many members must be present, from how many
 * agencies, before the meeting's outcomes may be recorded. A board setting, versioned with the others;
 * the statutory guidance leaves the number to the board.
 */
public record MeetingQuorum(int members, int agencies) {

    /** What a new installation starts with, unless its configuration says otherwise. */
    public static final MeetingQuorum DEFAULTS = new MeetingQuorum(3, 2);

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
