package org.practicereview.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the key that signs checkpoints comes from, never a table: the Ed25519 private key from an
 * environment secret ({@code PRACTICE_REVIEW_CHECKPOINT_PRIVATE_KEY}) or a PEM file
 * ({@code practice-review.trail.checkpoint-private-key-file}); failing those, the shared HMAC key of
 * installations that have not moved yet ({@code PRACTICE_REVIEW_CHECKPOINT_KEY} or its file). The demo
 * generates a key pair under {@code ./data} on first start, its public key beside it for the
 * auditors. Without a key no checkpoint can be made, and the auditor's page says so.
 */
@Component
class CheckpointKeys {

    private final Optional<CheckpointSigner> signer;

    CheckpointKeys(@Value("${practice-review.trail.checkpoint-private-key:}") String privateKey,
                   @Value("${practice-review.trail.checkpoint-private-key-file:}") String privateKeyFile,
                   @Value("${practice-review.trail.checkpoint-key:}") String sharedKey,
                   @Value("${practice-review.trail.checkpoint-key-file:}") String sharedKeyFile,
                   @Value("${practice-review.trail.generate-checkpoint-key:false}") boolean generate) {
        Optional<CheckpointSigner> pair = keyPair(privateKey, privateKeyFile, generate);
        this.signer = pair.isPresent() ? pair : sharedKey(sharedKey, sharedKeyFile);
    }

    Optional<CheckpointSigner> signer() {
        return signer;
    }

    /** The public key the auditors verify with, when a key pair signs. */
    Optional<CheckpointPublicKeys.Key> publicKey() {
        return signer.filter(CheckpointSigningKey.class::isInstance).map(s -> ((CheckpointSigningKey) s).publicKey());
    }

    private static Optional<CheckpointSigner> keyPair(String secret, String file, boolean generate) {
        if (!secret.isBlank()) {
            return Optional.of(CheckpointSigningKey.of(secret));
        }
        if (file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        try {
            if (Files.notExists(path) && generate) {
                writeNewPair(path);
            }
            return Optional.of(CheckpointSigningKey.fromFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint signing key file could not be read: " + path, e);
        }
    }

    private static Optional<CheckpointSigner> sharedKey(String secret, String file) {
        if (!secret.isBlank()) {
            return Optional.of(CheckpointKey.of(secret));
        }
        if (file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        try {
            return Optional.of(CheckpointKey.fromFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint key file could not be read: " + path, e);
        }
    }

    /** A new key pair: the private key readable by its owner only, the public key beside it ("-public.pem"). */
    private static void writeNewPair(Path path) throws IOException {
        CheckpointSigningKey key = CheckpointSigningKey.generate();
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.createFile(path);
        // Where files have no POSIX permissions (Windows), the folder's own permissions apply.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(path, key.privateKeyPem(), StandardCharsets.UTF_8);
        Files.writeString(publicKeyFileOf(path), key.publicKey().pem(), StandardCharsets.UTF_8);
    }

    /** checkpoint-private.pem → checkpoint-public.pem; any other name gets "-public.pem" added. */
    static Path publicKeyFileOf(Path privateKeyFile) {
        String name = privateKeyFile.getFileName().toString();
        String publicName = name.contains("private") ? name.replace("private", "public") : name + "-public.pem";
        return privateKeyFile.resolveSibling(publicName);
    }
}
