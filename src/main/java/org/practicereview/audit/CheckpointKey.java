package org.practicereview.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret that signed the trail's checkpoints (HMAC-SHA256) before they were signed with a
 * key pair ({@link CheckpointSigningKey}). Held outside the database, in an environment secret or a
 * file; an auditor given a copy could sign as well as verify, which the key pair ends. Kept to verify
 * the checkpoints it signed, and to sign where no key pair is configured yet. Never logged, never
 * stored in a table or a mail.
 */
public final class CheckpointKey implements CheckpointSigner {

    static final int MINIMUM_LENGTH = 32;

    private final SecretKeySpec key;

    private CheckpointKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The key as text (an environment secret or a key file's content); surrounding white space is ignored. */
    public static CheckpointKey of(String secret) {
        String s = secret == null ? "" : secret.strip();
        if (s.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("The checkpoint key must be at least " + MINIMUM_LENGTH + " characters");
        }
        return new CheckpointKey(s.getBytes(StandardCharsets.UTF_8));
    }

    public static CheckpointKey fromFile(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The hex HMAC-SHA256 of a checkpoint's signed text. */
    @Override
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "CheckpointKey[hidden]";
    }
}
