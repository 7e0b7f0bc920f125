package org.practicereview.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The private half of the Ed25519 key pair that signs the trail's checkpoints. Only the application
 * holds it (a key file or an environment secret, never a table); the auditors verify with the public
 * half ({@link CheckpointPublicKeys}), which cannot sign, so no one who verifies can forge. Read from
 * PKCS#8 PEM as {@code openssl genpkey -algorithm ed25519} writes it. Never logged.
 */
public final class CheckpointSigningKey implements CheckpointSigner {

    static final String ALGORITHM = "Ed25519";
    /** Marks an Ed25519 signature in a checkpoint; an HMAC one (the shared key before) is bare hex. */
    static final String SIGNATURE_PREFIX = "ed25519:";

    private final PrivateKey key;
    private final CheckpointPublicKeys.Key publicKey;

    private CheckpointSigningKey(PrivateKey key) {
        this.key = key;
        this.publicKey = new CheckpointPublicKeys.Key(publicHalf(key));
    }

    /** A new random key pair (the demo's first start, tests). */
    public static CheckpointSigningKey generate() {
        try {
            return new CheckpointSigningKey(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8 PEM, or its base64 body alone (easier in an environment variable). */
    public static CheckpointSigningKey of(String pem) {
        try {
            byte[] der = Pem.body(pem, "PRIVATE KEY");
            return new CheckpointSigningKey(KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the key's text in the message.
            throw new IllegalArgumentException("The checkpoint signing key is not an Ed25519 private key in PKCS#8 PEM");
        }
    }

    public static CheckpointSigningKey fromFile(Path file) throws IOException {
        return of(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** {@value #SIGNATURE_PREFIX} followed by the base64 Ed25519 signature of the checkpoint's signed text. */
    @Override
    public String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return SIGNATURE_PREFIX + Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public CheckpointPublicKeys.Key publicKey() {
        return publicKey;
    }

    /** For the key file the demo writes on first start. */
    String privateKeyPem() {
        return Pem.of("PRIVATE KEY", key.getEncoded());
    }

    /**
     * The public key of a private one. An Ed25519 private key is the 32-byte seed the key pair is
     * derived from (RFC 8032), so the JDK's generator given that seed as its randomness derives the
     * same pair; checked by signing and verifying before it is trusted.
     */
    private static PublicKey publicHalf(PrivateKey key) {
        try {
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] probe = "checkpoint-key-probe".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(probe);
            byte[] signed = signer.sign();
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            if (!verifier.verify(signed)) {
                throw new IllegalStateException("The public half of the checkpoint signing key could not be derived");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Randomness that is the given seed: only for deriving the public key above. */
    private static final class SeedRandom extends SecureRandom {

        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }

    @Override
    public String toString() {
        return "CheckpointSigningKey[hidden, public " + publicKey.fingerprint() + "]";
    }
}
