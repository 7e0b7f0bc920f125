package org.practicereview.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in links: an administrator gives one to a new user (or one who forgot their
 * password), who opens it and chooses a password. A link is an id (to find it) and a secret kept
 * only as its SHA-256 hash; it works once, for {@link #VALID_FOR}, and a newer link for the same
 * user replaces it.
 */
@Service
public class SignInLinks {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z0-9]{16})([A-Za-z0-9_-]{43})");
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    SignInLinks(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A new link's token for the user (shown once); earlier unused links of theirs stop working. */
    @Transactional
    public IssuedLink issue(String username) {
        Instant now = clock.instant();
        jdbc.sql("update sign_in_link set used_at = ? where username = ? and used_at is null")
                .params(Timestamp.from(now), username).update();
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(ID_CHARACTERS.charAt(RANDOM.nextInt(ID_CHARACTERS.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(VALID_FOR);
        jdbc.sql("insert into sign_in_link (id, username, secret_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(id.toString(), username, ApiTokens.sha256(encoded), Timestamp.from(now), Timestamp.from(expires)).update();
        return new IssuedLink(username, id + encoded, expires);
    }

    /** The user a token signs in, while it is unused and unexpired and its account enabled. */
    public Optional<String> holder(String token) {
        return find(token).map(LinkRow::username);
    }

    /**
     * Uses the link: sets the password the user chose and spends the link, in one transaction. The
     * caller has checked the password against the policy. False when the link no longer works.
     */
    @Transactional
    public boolean redeem(String token, String newPassword) {
        Optional<LinkRow> link = find(token);
        if (link.isEmpty()) {
            return false;
        }
        int spent = jdbc.sql("update sign_in_link set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), link.get().id()).update();
        if (spent == 0) {
            return false;
        }
        users.setPassword(link.get().username(), newPassword, false);
        return true;
    }

    private Optional<LinkRow> find(String token) {
        Matcher m = token == null ? null : SHAPE.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Optional<LinkRow> row = jdbc.sql("select l.id, l.username, l.secret_hash from sign_in_link l "
                        + "join app_user u on u.username = l.username "
                        + "where l.id = ? and l.used_at is null and l.expires_at > ? and u.enabled = true")
                .params(m.group(1), Timestamp.from(clock.instant()))
                .query((rs, i) -> new LinkRow(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        byte[] presented = ApiTokens.sha256(m.group(2)).getBytes(StandardCharsets.US_ASCII);
        return row.filter(r -> MessageDigest.isEqual(presented, r.hash().getBytes(StandardCharsets.US_ASCII)));
    }

    private record LinkRow(String id, String username, String hash) {}

    /** A link just issued: the only moment its token is known. */
    public record IssuedLink(String username, String token, Instant expires) {

        @Override
        public String toString() {
            return "IssuedLink[" + username + "]";
        }
    }
}
