package org.practicereview.audit;

import java.util.List;

/**
 * The result of recomputing the chain: intact, or the first link that does not hold and why.
 * {@code eventsChecked} counts the events read up to and including the first broken one.
 */
public record Verification(boolean intact, long eventsChecked, Long brokenAtSeq, String problem) {

    /** Where the chain must end, as the head row records it; absent for an export without one. */
    public record Head(long lastSeq, String lastHash) {}

    public static Verification of(List<TrailEntry> chain) {
        return of(chain, null);
    }

    public static Verification of(Iterable<TrailEntry> chain, Head head) {
        String previous = TrailHashing.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        for (TrailEntry e : chain) {
            checked++;
            String problem = problem(e, expectedSeq, previous);
            if (problem != null) {
                return new Verification(false, checked, e.seq(), problem);
            }
            if (head != null && e.seq() > head.lastSeq()) {
                return new Verification(false, checked, e.seq(),
                        "event " + e.seq() + " lies beyond the recorded end of the trail (" + head.lastSeq() + "): inserted");
            }
            previous = e.hash();
            expectedSeq++;
        }
        long last = expectedSeq - 1;
        if (head != null && (head.lastSeq() != last || !head.lastHash().equals(previous))) {
            return new Verification(false, checked, last + 1, head.lastSeq() > last
                    ? "events " + (last + 1) + " to " + head.lastSeq() + " are missing from the end (deleted)"
                    : "the last event does not match the recorded end of the trail");
        }
        return new Verification(true, checked, null, null);
    }

    private static String problem(TrailEntry e, long expectedSeq, String previous) {
        if (e.seq() != expectedSeq) {
            return e.seq() > expectedSeq
                    ? "sequence " + expectedSeq + (e.seq() - expectedSeq > 1 ? " to " + (e.seq() - 1) + " are" : " is") + " missing (deleted or moved) before event " + e.seq()
                    : "sequence " + expectedSeq + " is missing or out of order: found " + e.seq();
        }
        if (!e.previousHash().equals(previous)) {
            return "previous hash does not match event " + (e.seq() - 1) + " (reordered, inserted or replaced)";
        }
        if (!e.recomputedHash().equals(e.hash())) {
            return "contents do not match its hash (edited)";
        }
        return null;
    }

    /** One line for a terminal or a page. */
    public String summary() {
        return intact ? "Intact: " + eventsChecked + " events checked"
                : "Broken at event " + brokenAtSeq + ": " + problem + " (" + eventsChecked + " events read)";
    }
}
