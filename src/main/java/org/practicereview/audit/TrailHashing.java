package org.practicereview.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an event covers its sequence, case, time, actor, role, action, details and the previous
 * event's hash, each length-prefixed so that no two different events share an input.
 */
public final class TrailHashing {

    public static final String GENESIS = "0".repeat(64);

    private TrailHashing() {}

    static String hash(TrailEvent e) {
        return hash(e.seq(), e.caseReference(), e.occurredAt().toString(), e.actor(), e.actorRole(),
                e.action(), e.details(), e.previousHash());
    }

    /** Public so that the offline verifier computes exactly the same. */
    public static String hash(long seq, String caseReference, String occurredAt, String actor, String role,
                              String action, String details, String previousHash) {
        StringBuilder in = new StringBuilder();
        for (String part : new String[] {Long.toString(seq), caseReference, occurredAt, actor, role, action, details, previousHash}) {
            String p = part == null ? "" : part;
            in.append(p.length()).append(':').append(p).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
