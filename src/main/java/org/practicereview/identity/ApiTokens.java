package org.practicereview.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of system accounts, shaped {@code pr_<id>_<secret>}: the id finds the token, the
 * secret (32 random bytes) is kept only as its SHA-256 hash and compared in constant time. A
 * token is shown once, when issued; a revoked token stops working on the next request.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("pr_([A-Za-z0-9]{16})_([A-Za-z0-9_-]{43})");
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final JdbcClient jdbc;
    private final SystemAccounts accounts;
    /** How precisely a token's last use is kept. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final Clock clock;
    /** When this node last wrote each token's last use: between writes a call needs no statement at all. */
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, SystemAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(String username, String name) {
        if (!accounts.isSystemAccount(username)) {
            throw new IllegalArgumentException("Tokens are only issued to system accounts");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A token has a name of 1 to 100 characters");
        }
        String id = randomId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into api_token (id, username, name, secret_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, username, name.strip(), sha256(encoded), Timestamp.from(clock.instant())).update();
        return new IssuedToken(id, name.strip(), "pr_" + id + "_" + encoded);
    }

    @Transactional
    public void revoke(String tokenId) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), tokenId).update();
    }

    /** The system account a presented token belongs to, when it is well formed, known and not revoked. */
    @Transactional
    public Optional<String> verify(String presented) {
        Matcher m = presented == null ? null : SHAPE.matcher(presented);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Optional<StoredToken> stored = jdbc.sql("select username, secret_hash from api_token where id = ? and revoked_at is null")
                .param(m.group(1)).query((rs, i) -> new StoredToken(rs.getString(1), rs.getString(2))).optional();
        byte[] presentedHash = sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII);
        if (stored.isEmpty() || !MessageDigest.isEqual(presentedHash, stored.get().hash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        // Last use to the minute: writing the one row of a busy client's token on every call would make
        // all its concurrent requests queue for that row's lock.
        // The guarded update stays the rule when several nodes share the table.
        Instant now = clock.instant();
        Instant written = lastWritten.get(m.group(1));
        if (written == null || !written.isAfter(now.minus(LAST_USED_RESOLUTION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), m.group(1), Timestamp.from(now.minus(LAST_USED_RESOLUTION))).update();
            lastWritten.put(m.group(1), now);
        }
        return Optional.of(stored.get().username());
    }

    private record StoredToken(String username, String hash) {}

    private static String randomId() {
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(ID_CHARACTERS.charAt(RANDOM.nextInt(ID_CHARACTERS.length())));
        }
        return id.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
