package org.practicereview.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the checkpoint key comes from: an environment secret ({@code PRACTICE_REVIEW_CHECKPOINT_KEY})
 * or a key file ({@code practice-review.trail.checkpoint-key-file}), never a table. The demo generates
 * its key file under {@code ./data} on first start. Without a key no checkpoint can be made, and the
 * auditor's page says so.
 */
@Component
class CheckpointKeys {

    private final Optional<CheckpointKey> key;

    CheckpointKeys(@Value("${practice-review.trail.checkpoint-key:}") String secret,
                   @Value("${practice-review.trail.checkpoint-key-file:}") String file,
                   @Value("${practice-review.trail.generate-checkpoint-key:false}") boolean generate) {
        this.key = load(secret, file, generate);
    }

    Optional<CheckpointKey> key() {
        return key;
    }

    private static Optional<CheckpointKey> load(String secret, String file, boolean generate) {
        if (!secret.isBlank()) {
            return Optional.of(CheckpointKey.of(secret));
        }
        if (file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        try {
            if (Files.notExists(path) && generate) {
                write(path);
            }
            return Optional.of(CheckpointKey.fromFile(path));
        } catch (IOException e) {
            throw new UncheckedIOException("The checkpoint key file could not be read: " + path, e);
        }
    }

    /** A new random key readable by its owner only. */
    private static void write(Path path) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }
}
