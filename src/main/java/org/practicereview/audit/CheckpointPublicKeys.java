package org.practicereview.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * What an auditor checks checkpoints with: the public keys of every key pair that has signed them
 * (the current one and those rotated out), and, for checkpoints signed before the move to key pairs,
 * the old shared HMAC key. A public key verifies and cannot sign.
 */
public final class CheckpointPublicKeys {

    /** One Ed25519 public key, as {@code openssl pkey -pubout} writes it. */
    public record Key(PublicKey key) {

        /** The first 16 bytes of the SHA-256 of the key, in groups: for people to compare the key they hold. */
        public String fingerprint() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
                String hex = HexFormat.of().formatHex(digest, 0, 16);
                return String.join(" ", hex.split("(?<=\\G.{4})"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public String pem() {
            return Pem.of("PUBLIC KEY", key.getEncoded());
        }

        boolean verifies(String text, String signature) {
            try {
                byte[] signed = Base64.getDecoder().decode(signature.substring(CheckpointSigningKey.SIGNATURE_PREFIX.length()));
                Signature verifier = Signature.getInstance(CheckpointSigningKey.ALGORITHM);
                verifier.initVerify(key);
                verifier.update(text.getBytes(StandardCharsets.UTF_8));
                return verifier.verify(signed);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false; // not a signature at all
            }
        }
    }

    private final List<Key> keys;
    private final CheckpointKey sharedKey;

    private CheckpointPublicKeys(List<Key> keys, CheckpointKey sharedKey) {
        this.keys = List.copyOf(keys);
        this.sharedKey = sharedKey;
    }

    /** The public keys given, and the old shared key when checkpoints signed with it are to be checked too (may be null). */
    public static CheckpointPublicKeys of(List<Key> keys, CheckpointKey sharedKey) {
        return new CheckpointPublicKeys(keys, sharedKey);
    }

    /** Every public key in PEM text (a file may hold several, one per key pair). */
    public static List<Key> read(String pem) {
        List<Key> keys = new ArrayList<>();
        try {
            KeyFactory factory = KeyFactory.getInstance(CheckpointSigningKey.ALGORITHM);
            for (byte[] der : Pem.all(pem, "PUBLIC KEY")) {
                keys.add(new Key(factory.generatePublic(new X509EncodedKeySpec(der))));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in PEM: " + e.getMessage());
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No public key (-----BEGIN PUBLIC KEY-----) found");
        }
        return keys;
    }

    public static List<Key> fromFile(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    boolean isEmpty() {
        return keys.isEmpty() && sharedKey == null;
    }

    /** Why this checkpoint's signature is not trusted, or null when one of the keys verifies it. */
    String problem(TrailCheckpoint checkpoint) {
        String text = TrailCheckpoint.signedText(checkpoint.seq(), checkpoint.headHash(), checkpoint.madeAt());
        if (checkpoint.signature().startsWith(CheckpointSigningKey.SIGNATURE_PREFIX)) {
            if (keys.isEmpty()) {
                return "is signed with a key pair: give its public key (--public-key) to check it";
            }
            return keys.stream().anyMatch(k -> k.verifies(text, checkpoint.signature())) ? null
                    : "does not carry the signature of any public key given (forged, altered or signed with another key)";
        }
        if (sharedKey == null) {
            return "is signed with the old shared key: give it (--key) to check it";
        }
        return checkpoint.signedWith(sharedKey) ? null
                : "does not carry the key's signature (forged, altered or signed with another key)";
    }
}
