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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe of issue 21: an export with events deleted and the chain recomputed, head line included,
 * verified INTACT. Given the public key of the key pair that signs checkpoints, the offline verifier
 * now says BROKEN, and why; a public key verifies and cannot sign, and checkpoints signed with the old
 * shared HMAC key still verify with it.
 */
class TrailCheckpointTest {

    /** The pair the tests' application signs with (application-test.yml), made with openssl. */
    static final CheckpointSigningKey KEY = CheckpointSigningKey.of(
            "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKvOCA4ZLEP+eLsHxMwD7IOj6Vr6+0t70Cw4i7a0DW52\n-----END PRIVATE KEY-----\n");
    static final Path OPENSSL_PUBLIC_KEY = Path.of("src/test/resources/checkpoint-test-public.pem");
    static final String SHARED_KEY_TEXT = "fictional-checkpoint-key-for-tests-0123456789abcdef";
    static final CheckpointKey SHARED_KEY = CheckpointKey.of(SHARED_KEY_TEXT);
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

    private static TrailCheckpoint checkpointOf(List<TrailEntry> events, CheckpointSigner key) {
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
        return withKey ? verify(export, expectedStatus, "--public-key", publicKeyFile(KEY).toString())
                : verify(export, expectedStatus);
    }

    private String verify(Path export, int expectedStatus, String... options) {
        String[] args = Stream.concat(Stream.of(options), Stream.of(export.toString())).toArray(String[]::new);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(out).isEqualTo(expectedStatus);
        return out;
    }

    private Path publicKeyFile(CheckpointSigningKey... keys) throws Exception {
        Path file = Files.createTempFile(dir, "public", ".pem");
        Files.writeString(file, Stream.of(keys).map(k -> k.publicKey().pem()).reduce("", String::concat));
        return file;
    }

    private Path sharedKeyFile() throws Exception {
        Path file = dir.resolve("checkpoint.key");
        Files.writeString(file, SHARED_KEY_TEXT + "\n");
        return file;
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
                .contains("INTACT").contains("no --public-key given: 1 signed checkpoint(s) not checked");
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
    void aCheckpointSignedAgainByTheForgerWithAnotherKeyPairIsBroken() throws Exception {
        List<TrailEntry> kept = new ArrayList<>(trailOf(40));
        kept.subList(10, 28).clear();
        List<TrailEntry> forgedTrail = rechained(kept);
        Path forged = export(forgedTrail, List.of(checkpointOf(forgedTrail, CheckpointSigningKey.generate())));

        assertThat(verify(forged, true, 1)).contains("BROKEN")
                .contains("the checkpoint of event 22 made at 2026-11-26T02:00:00Z does not carry the signature of any "
                        + "public key given (forged, altered or signed with another key)");
    }

    @Test
    void aCheckpointWithItsSignedEventNumberOrTimeAlteredIsBroken() throws Exception {
        List<TrailEntry> trail = trailOf(40);
        TrailCheckpoint signed = checkpointOf(trail.subList(0, 30), KEY);
        TrailCheckpoint moved = new TrailCheckpoint(40, trail.get(39).hash(), signed.madeAt(), signed.signature());
        TrailCheckpoint redated = new TrailCheckpoint(signed.seq(), signed.headHash(), CHECKPOINT_TIME.plusSeconds(1), signed.signature());

        assertThat(verify(export(trail, List.of(moved)), true, 1)).contains("the checkpoint of event 40 made at "
                + "2026-11-26T02:00:00Z does not carry the signature of any public key given");
        assertThat(verify(export(trail, List.of(redated)), true, 1)).contains("does not carry the signature of any public key given");
    }

    @Test
    void theAuditorsPublicKeyFromOpensslVerifiesWhatTheApplicationSigns() throws Exception {
        List<TrailEntry> trail = trailOf(12);
        Path file = export(trail, List.of(checkpointOf(trail, KEY)));

        assertThat(KEY.publicKey().pem()).isEqualTo(Files.readString(OPENSSL_PUBLIC_KEY));
        assertThat(verify(file, 0, "--public-key", OPENSSL_PUBLIC_KEY.toString())).contains("Result:         INTACT");
        assertThat(checkpointOf(trail, KEY).signature()).startsWith("ed25519:").hasSize(96);
    }

    @Test
    void afterARotationTheAuditorVerifiesWithTheOldAndTheNewPublicKey() throws Exception {
        CheckpointSigningKey retired = CheckpointSigningKey.generate();
        List<TrailEntry> trail = trailOf(40);
        Path file = export(trail, List.of(checkpointOf(trail.subList(0, 20), retired), checkpointOf(trail, KEY)));

        assertThat(verify(file, 0, "--public-key", publicKeyFile(retired, KEY).toString())).as("one file holding both")
                .contains("Result:         INTACT").contains("Checkpoints:    2 signed, the last of event 40");
        assertThat(verify(file, 0, "--public-key", publicKeyFile(retired).toString(), "--public-key", publicKeyFile(KEY).toString()))
                .contains("Result:         INTACT");
        assertThat(verify(file, 1, "--public-key", publicKeyFile(KEY).toString()))
                .contains("the checkpoint of event 20 made at 2026-11-26T02:00:00Z does not carry the signature of any public key given");
    }

    @Test
    void checkpointsSignedWithTheOldSharedKeyStillVerifyWithIt() throws Exception {
        List<TrailEntry> trail = trailOf(40);
        TrailCheckpoint before = TrailCheckpoint.sign(20, trail.get(19).hash(), CHECKPOINT_TIME.minusSeconds(86_400), SHARED_KEY);
        Path file = export(trail, List.of(before, checkpointOf(trail, KEY)));

        assertThat(before.signature()).hasSize(64).doesNotStartWith("ed25519:");
        assertThat(verify(file, 0, "--key", sharedKeyFile().toString(), "--public-key", publicKeyFile(KEY).toString()))
                .contains("Result:         INTACT").contains("Checkpoints:    2 signed");
        assertThat(verify(file, 1, "--public-key", publicKeyFile(KEY).toString()))
                .contains("the checkpoint of event 20 made at 2026-11-25T02:00:00Z is signed with the old shared key: "
                        + "give it (--key) to check it");
    }

    @Test
    void aSharedKeyCheckpointAfterTheKeyPairTookOverIsBroken() throws Exception {
        List<TrailEntry> kept = new ArrayList<>(trailOf(40));
        TrailCheckpoint genuine = checkpointOf(kept.subList(0, 10), KEY); // before the events it removes
        kept.subList(10, 28).clear();
        List<TrailEntry> forgedTrail = rechained(kept);
        // Someone who kept a copy of the old shared key signs the re-chained head and drops the newer checkpoints.
        TrailCheckpoint forged = TrailCheckpoint.sign(22, forgedTrail.get(21).hash(), CHECKPOINT_TIME.plusSeconds(60), SHARED_KEY);

        assertThat(verify(export(forgedTrail, List.of(genuine, forged)), 1, "--key", sharedKeyFile().toString(),
                "--public-key", publicKeyFile(KEY).toString()))
                .contains("is signed with the old shared key after the key pair took over at 2026-11-26T02:00:00Z");
    }

    @Test
    void anExportWhoseCheckpointsWereRemovedIsBrokenWithTheKey() throws Exception {
        Path stripped = export(trailOf(10), List.of());

        assertThat(verify(stripped, true, 1)).contains("BROKEN")
                .contains("there is no signed checkpoint to check the trail against");
    }

    @Test
    void aBadKeyIsRefusedAndNoKeyEverPrints() {
        assertThatThrownBy(() -> CheckpointKey.of("short")).hasMessage("The checkpoint key must be at least 32 characters");
        assertThat(SHARED_KEY.toString()).doesNotContain(SHARED_KEY_TEXT);
        assertThatThrownBy(() -> CheckpointSigningKey.of("MC4CAQAwBQYDK2VwBCIEIKvOCA4ZLEP")).hasMessage(
                "The checkpoint signing key is not an Ed25519 private key in PKCS#8 PEM");
        assertThat(KEY.toString()).doesNotContain("MC4CAQAw").doesNotContain(KEY.privateKeyPem().lines().skip(1).findFirst().orElseThrow())
                .contains(KEY.publicKey().fingerprint());
    }

    @Test
    void theDemoWritesANewKeyPairItsPrivateKeyForItsOwnerAlone() throws Exception {
        Path privateKey = dir.resolve("data/checkpoint-private.pem");

        CheckpointKeys keys = new CheckpointKeys("", privateKey.toString(), "", "", true);

        Path publicKey = dir.resolve("data/checkpoint-public.pem");
        assertThat(CheckpointPublicKeys.fromFile(publicKey)).containsExactly(keys.publicKey().orElseThrow());
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        if (privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                    .isEqualTo("rw-------");
        }
        CheckpointKeys again = new CheckpointKeys("", privateKey.toString(), "", "", true);
        assertThat(again.publicKey()).as("the same pair on the next start").isEqualTo(keys.publicKey());
    }
}
