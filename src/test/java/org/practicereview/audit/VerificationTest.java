package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTest {

    private static List<TrailEntry> chain(int length) {
        List<TrailEntry> chain = new ArrayList<>();
        String previous = TrailHashing.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            chain.add(entry(seq, "ACTION_" + seq, previous));
            previous = chain.get(chain.size() - 1).hash();
        }
        return chain;
    }

    private static TrailEntry entry(long seq, String action, String previous) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z").plusSeconds(seq);
        String hash = TrailHashing.hash(seq, "PR-2026-0001", at.toString(), "coordinator", "PRG_COORDINATOR", action, "d", previous);
        return new TrailEntry(seq, "PR-2026-0001", at, "coordinator", "PRG_COORDINATOR", action, "d", previous, hash);
    }

    private static TrailEntry withAction(TrailEntry e, String action) {
        return new TrailEntry(e.seq(), e.caseReference(), e.occurredAt(), e.actor(), e.role(), action, e.details(), e.previousHash(), e.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        Verification v = Verification.of(chain(5));
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(5);
    }

    @Test
    void namesTheEditedEvent() {
        List<TrailEntry> chain = chain(5);
        chain.set(2, withAction(chain.get(2), "SOMETHING_ELSE"));
        Verification v = Verification.of(chain);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("edited");
    }

    @Test
    void namesTheGapWhereAnEventWasRemoved() {
        List<TrailEntry> chain = chain(5);
        chain.remove(1);
        Verification v = Verification.of(chain);
        assertThat(v.brokenAtSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("sequence 2 is missing");
    }

    @Test
    void detectsReorderedEvents() {
        List<TrailEntry> chain = chain(5);
        TrailEntry third = chain.remove(2);
        chain.add(3, third);
        Verification v = Verification.of(chain);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(4);
    }

    @Test
    void detectsAnEventRecomputedAndInsertedWithTheRightSequence() {
        List<TrailEntry> chain = chain(5);
        chain.set(2, entry(3, "FORGED", chain.get(1).hash()));
        Verification v = Verification.of(chain);
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenAtSeq()).isEqualTo(4);
        assertThat(v.problem()).contains("previous hash");
    }
}
