package org.practicereview.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A signed statement that the trail's head was event {@code seq} with hash {@code headHash} at
 * {@code madeAt}. Kept as a row, mailed to the auditors and written into every export, so a trail
 * cut short or re-chained after it no longer agrees with something its rewriter cannot sign.
 */
public record TrailCheckpoint(long seq, String headHash, Instant madeAt, String signature) {

    static TrailCheckpoint sign(long seq, String headHash, Instant madeAt, CheckpointSigner key) {
        return new TrailCheckpoint(seq, headHash, madeAt, key.sign(signedText(seq, headHash, madeAt)));
    }

    /** Sequence, head hash and time, each length-prefixed as the trail's own hashes are. */
    static String signedText(long seq, String headHash, Instant madeAt) {
        StringBuilder in = new StringBuilder("trail-checkpoint-v1|");
        for (String part : new String[] {Long.toString(seq), headHash, madeAt.toString()}) {
            in.append(part.length()).append(':').append(part).append('|');
        }
        return in.toString();
    }

    public boolean signedWith(CheckpointKey key) {
        byte[] expected = key.sign(signedText(seq, headHash, madeAt)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether it was signed with the Ed25519 key pair rather than the old shared key. */
    public boolean signedWithKeyPair() {
        return signature.startsWith(CheckpointSigningKey.SIGNATURE_PREFIX);
    }

    /**
     * Checks a chain that verified on its own against the checkpoints: each must carry the signature
     * of one of the keys and the chain must reach its event with the same hash. The first that fails
     * is named.
     */
    public static Verification check(Verification chainResult, Iterable<TrailEntry> chain,
                                     Iterable<TrailCheckpoint> checkpoints, CheckpointPublicKeys keys) {
        if (!chainResult.intact()) {
            return chainResult;
        }
        Map<Long, String> hashes = new HashMap<>();
        hashes.put(0L, TrailHashing.GENESIS); // a checkpoint of the empty trail
        long last = 0;
        for (TrailEntry e : chain) {
            hashes.put(e.seq(), e.hash());
            last = Math.max(last, e.seq());
        }
        boolean any = false;
        Instant keyPairSince = null;
        for (TrailCheckpoint c : checkpoints) {
            any = true;
            if (c.signedWithKeyPair() && (keyPairSince == null || c.madeAt().isBefore(keyPairSince))) {
                keyPairSince = c.madeAt();
            }
        }
        for (TrailCheckpoint c : checkpoints) {
            String problem = c.problem(hashes, last, keys, keyPairSince);
            if (problem != null) {
                return new Verification(false, chainResult.eventsChecked(), Math.min(c.seq(), last + 1), problem);
            }
        }
        if (!any) {
            return new Verification(false, chainResult.eventsChecked(), last + 1,
                    "there is no signed checkpoint to check the trail against (removed from the export?)");
        }
        return chainResult;
    }

    private String problem(Map<Long, String> hashes, long last, CheckpointPublicKeys keys, Instant keyPairSince) {
        String made = "the checkpoint of event " + seq + " made at " + madeAt;
        String signatureProblem = keys.problem(this);
        if (signatureProblem != null) {
            return made + " " + signatureProblem;
        }
        // Once the key pair signs, the shared key (which every auditor holding it could sign with) no longer may.
        if (!signedWithKeyPair() && keyPairSince != null && madeAt.isAfter(keyPairSince)) {
            return made + " is signed with the old shared key after the key pair took over at " + keyPairSince
                    + " (forged by someone holding the old key?)";
        }
        if (last < seq) {
            return "the trail ends at event " + last + ", before " + made + ": events were removed (truncated)";
        }
        if (!headHash.equals(hashes.get(seq))) {
            return "event " + seq + " does not have the hash signed in " + made + ": the trail was rewritten and re-chained";
        }
        return null;
    }
}
