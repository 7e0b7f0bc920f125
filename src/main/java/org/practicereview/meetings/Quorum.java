package org.practicereview.meetings;

import java.util.List;

/**
 * Whether a meeting may decide on a case: the members present who take part in it (those who declared
 * a conflict do not), the agencies they represent, and the board's rule.
 */
public record Quorum(List<String> present, List<String> notTakingPart, long agencies, boolean met, String rule) {

    /** Said when the outcome is refused. */
    public String shortfall() {
        return "The meeting is not quorate for this case: " + present.size() + (present.size() == 1 ? " member" : " members")
                + " taking part from " + agencies + (agencies == 1 ? " agency" : " agencies") + ", and the board's rule is "
                + rule + ". Record the attendance, or carry the case over to the next meeting";
    }
}
