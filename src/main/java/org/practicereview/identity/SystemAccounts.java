package org.practicereview.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.practicereview.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * System accounts: users that act through the API (tokens, or HTTP Basic with their password) and
 * never through the web pages. Most act for an agency (role AGENCY); an administrator's system
 * account (role ADMIN) runs scripts against the administration API.
 */
@Service
public class SystemAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    SystemAccounts(Users users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds a system account of an agency. Without a password the account can only use tokens: it
     * gets a random one that nobody is told.
     */
    @Transactional
    public UserAccount create(String username, String displayName, String agencyCode, String password) {
        String secret = password != null ? password : randomPassword();
        UserAccount account = users.create(new NewUser(username, displayName, null, Set.of(Role.AGENCY), agencyCode, secret));
        jdbc.sql("insert into api_account (username, created_at) values (?, ?)")
                .params(username, Timestamp.from(clock.instant())).update();
        return account;
    }

    /** Every system account, by username. */
    public List<UserAccount> all() {
        return jdbc.sql("select username from api_account order by username").query(String.class).list().stream()
                .map(users::find).flatMap(java.util.Optional::stream).toList();
    }

    /**
     * Adds an administrator's system account: a script that manages people, agencies and settings
     * through the administration API with a token, and never signs in to the pages.
     */
    @Transactional
    public UserAccount createForAdministration(String username, String displayName) {
        UserAccount account = users.create(new NewUser(username, displayName, null, Set.of(Role.ADMIN), null, randomPassword()));
        jdbc.sql("insert into api_account (username, created_at) values (?, ?)")
                .params(username, Timestamp.from(clock.instant())).update();
        return account;
    }

    public boolean isSystemAccount(String username) {
        return username != null && jdbc.sql("select count(*) from api_account where username = ?")
                .param(username).query(Long.class).single() > 0;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
