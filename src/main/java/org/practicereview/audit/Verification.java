package org.practicereview.audit;

import java.util.List;

/** The result of recomputing the chain: intact, or the first link that does not hold and why. */
public record Verification(boolean intact, long eventsChecked, Long brokenAtSeq, String problem) {

    public static Verification of(List<TrailEntry> chain) {
        String previous = TrailHashing.GENESIS;
        long expectedSeq = 1;
        for (TrailEntry e : chain) {
            if (e.seq() != expectedSeq) {
                return broken(chain, e.seq(), "sequence " + expectedSeq + " is missing or out of order");
            }
            if (!e.previousHash().equals(previous)) {
                return broken(chain, e.seq(), "previous hash does not match event " + (e.seq() - 1));
            }
            if (!e.recomputedHash().equals(e.hash())) {
                return broken(chain, e.seq(), "contents do not match its hash (edited)");
            }
            previous = e.hash();
            expectedSeq++;
        }
        return new Verification(true, chain.size(), null, null);
    }

    private static Verification broken(List<TrailEntry> chain, long seq, String problem) {
        return new Verification(false, chain.size(), seq, problem);
    }
}
