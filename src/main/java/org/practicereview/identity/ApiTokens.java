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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicereview.shared.Role;
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

    /** The tokens of a system account, newest first: never their secrets, which are not kept. */
    public List<TokenSummary> tokensOf(String username) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where username = ? "
                        + "order by created_at desc")
                .param(username)
                .query((rs, i) -> new TokenSummary(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    /** The account a token belongs to, for checking that a revocation names a token of that account. */
    public Optional<String> holderOf(String tokenId) {
        return jdbc.sql("select username from api_token where id = ?").param(tokenId).query(String.class).optional();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** A token as its administrators see it. */
    public record TokenSummary(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * The enabled system account a presented token signs in, when the token is well formed, known, not
     * revoked and its secret matches. One query reads the token, the account and its roles together
     * (this runs on every API call). No transaction: the one query sees one state of the tables, and
     * the occasional last-use update stands alone, so a transaction would add only its begin and commit.
     */
    public Optional<SignedInUser> signIn(String presented) {
        Matcher m = presented == null ? null : SHAPE.matcher(presented);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        List<TokenRow> rows = jdbc.sql("""
                        select t.secret_hash, u.username, u.display_name, u.email, u.agency_code, u.enabled, r.role
                        from api_token t
                        join api_account a on a.username = t.username
                        join app_user u on u.username = t.username
                        left join app_user_role r on r.username = u.username
                        where t.id = ? and t.revoked_at is null""")
                .param(m.group(1))
                .query((rs, i) -> new TokenRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), rs.getString(7)))
                .list();
        byte[] presentedHash = sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII);
        if (rows.isEmpty() || !MessageDigest.isEqual(presentedHash, rows.get(0).hash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        recordUse(m.group(1));
        TokenRow first = rows.get(0);
        if (!first.enabled()) {
            return Optional.empty();
        }
        Set<Role> roles = Users.roles(rows.stream().map(TokenRow::role).toList());
        return Optional.of(new SignedInUser(new UserAccount(first.username(), first.displayName(), first.email(), roles,
                first.agencyCode(), true), null));
    }

    /**
     * Last use to the minute: writing the one row of a busy client's token on every call would make all
     * its concurrent requests queue for that row's lock. Between writes a call needs no statement at
     * all; the guarded update stays the rule when several nodes share the table.
     */
    private void recordUse(String tokenId) {
        Instant now = clock.instant();
        Instant written = lastWritten.get(tokenId);
        if (written == null || !written.isAfter(now.minus(LAST_USED_RESOLUTION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), tokenId, Timestamp.from(now.minus(LAST_USED_RESOLUTION))).update();
            lastWritten.put(tokenId, now);
        }
    }

    /** One row per role of the token's account (one with a null role when it has none). */
    private record TokenRow(String hash, String username, String displayName, String email, String agencyCode, boolean enabled,
                            String role) {}

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
