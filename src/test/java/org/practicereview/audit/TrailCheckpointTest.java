package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe of issue 21: an export with events deleted and the chain recomputed, head line included,
 * verified INTACT. With the checkpoint key the offline verifier now says BROKEN, and why.
 */
class TrailCheckpointTest {

    static final String KEY_TEXT = "fictional-checkpoint-key-for-tests-0123456789abcdef";
    static final CheckpointKey KEY = CheckpointKey.of(KEY_TEXT);
    static final Instant CHECKPOINT_TIME = Instant.parse("2026-11-26T02:00:00Z");

    @TempDir Path dir;

    private static List<TrailEntry> trailOf(int events) {
        return OfflineVerifierTest.chain(IntStream.rangeClosed(1, events).mapToObj(i -> "step " + i).toArray(String[]::new));
    }

    /** What a forger with write access to the database or the file does: renumber and rehash every event after a change. */
    private static List<TrailEntry> rechained(List<TrailEntry> events) {
        List<TrailEntry> out = new ArrayList<>();
        String previous = TrailHashing.GENESIS;
        long seq = 0;
        for (TrailEntry e : events) {
            seq++;
            String hash = TrailHashing.hash(seq, e.caseReference(), e.occurredAt().toString(), e.actor(), e.role(), e.action(),
                    e.details(), previous);
            out.add(new TrailEntry(seq, e.caseReference(), e.occurredAt(), e.actor(), e.role(), e.action(), e.details(), previous, hash));
            previous = hash;
        }
        return out;
    }

    private static Verification.Head headOf(List<TrailEntry> events) {
        TrailEntry last = events.get(events.size() - 1);
        return new Verification.Head(last.seq(), last.hash());
    }

    private static TrailCheckpoint checkpointOf(List<TrailEntry> events, CheckpointKey key) {
        TrailEntry last = events.get(events.size() - 1);
        return TrailCheckpoint.sign(last.seq(), last.hash(), CHECKPOINT_TIME, key);
    }

    private Path export(List<TrailEntry> events, List<TrailCheckpoint> checkpoints) throws Exception {
        StringWriter out = new StringWriter();
        TrailCsv.write(events, headOf(events), checkpoints, out);
        Path file = dir.resolve("trail.csv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private String verify(Path export, boolean withKey, int expectedStatus) throws Exception {
        Path keyFile = dir.resolve("checkpoint.key");
        Files.writeString(keyFile, KEY_TEXT + "\n");
        String[] args = withKey ? new String[] {"--key", keyFile.toString(), export.toString()} : new String[] {export.toString()};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out).isEqualTo(expectedStatus);
        return out;
    }

    @Test
    void anUntouchedExportIsIntactAgainstItsCheckpoint() throws Exception {
        List<TrailEntry> trail = trailOf(40);
        Path file = export(trail, List.of(checkpointOf(trail.subList(0, 30), KEY), checkpointOf(trail, KEY)));

        assertThat(verify(file, true, 0)).contains("Result:         INTACT")
                .contains("Checkpoints:    2 signed, the last of event 40 made at 2026-11-26T02:00:00Z");
    }

    @Test
    void eighteenEventsDeletedAndTheChainRecomputedIsBroken() throws Exception {
        List<TrailEntry> trail = trailOf(40);
        TrailCheckpoint checkpoint = checkpointOf(trail, KEY);
        List<TrailEntry> kept = new ArrayList<>(trail);
        kept.subList(10, 28).clear();
        Path forged = export(rechained(kept), List.of(checkpoint));

        assertThat(verify(forged, false, 0)).as("without the key the recomputed chain holds, as the probe found")
                .contains("INTACT").contains("no --key given: 1 signed checkpoint(s) not checked");
        assertThat(verify(forged, true, 1)).contains("Result:         BROKEN")
                .contains("Reason:         the trail ends at event 22, before the checkpoint of event 40 made at "
                        + "2026-11-26T02:00:00Z: events were removed (truncated)");
    }

    @Test
    void anEventEditedAndTheRestRechainedIsBroken() throws Exception {
        List<TrailEntry> trail = trailOf(40);
        TrailCheckpoint checkpoint = checkpointOf(trail, KEY);
        List<TrailEntry> edited = new ArrayList<>(trail);
        TrailEntry e = edited.get(4);
        edited.set(4, new TrailEntry(5, e.caseReference(), e.occurredAt(), e.actor(), e.role(), e.action(), "a kinder story",
                e.previousHash(), e.hash()));
        Path forged = export(rechained(edited), List.of(checkpoint));

        assertThat(verify(forged, true, 1)).contains("Result:         BROKEN").contains("First broken:   event 40")
                .contains("event 40 does not have the hash signed in the checkpoint of event 40 made at 2026-11-26T02:00:00Z: "
                        + "the trail was rewritten and re-chained");
    }

    @Test
    void aCheckpointSignedAgainByTheForgerWithoutTheKeyIsBroken() throws Exception {
        List<TrailEntry> kept = new ArrayList<>(trailOf(40));
        kept.subList(10, 28).clear();
        List<TrailEntry> forgedTrail = rechained(kept);
        Path forged = export(forgedTrail, List.of(checkpointOf(forgedTrail, CheckpointKey.of("a-guess-at-the-key-that-is-long-enough-00"))));

        assertThat(verify(forged, true, 1)).contains("BROKEN")
                .contains("the checkpoint of event 22 made at 2026-11-26T02:00:00Z does not carry the key's signature");
    }

    @Test
    void anExportWhoseCheckpointsWereRemovedIsBrokenWithTheKey() throws Exception {
        Path stripped = export(trailOf(10), List.of());

        assertThat(verify(stripped, true, 1)).contains("BROKEN")
                .contains("there is no signed checkpoint to check the trail against");
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyNeverPrints() {
        assertThatThrownBy(() -> CheckpointKey.of("short")).hasMessage("The checkpoint key must be at least 32 characters");
        assertThat(KEY.toString()).doesNotContain(KEY_TEXT);
    }
}
