package org.practicereview.identity;

import java.util.EnumSet;
import org.practicereview.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Production start (profile postgres): when no administrator exists yet, creates the one named by
 * {@code PRACTICE_REVIEW_ADMIN_USERNAME} with {@code PRACTICE_REVIEW_ADMIN_PASSWORD}. There is no
 * default password: without both, nobody is created and the start says so. Once any ADMIN exists the
 * settings are ignored, so a changed password is never overwritten. Two nodes starting together may
 * both try; the username's key lets one win.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final JdbcClient jdbc;
    private final String username;
    private final String password;

    FirstAdministrator(Users users, JdbcClient jdbc,
                       @Value("${practice-review.first-admin.username:}") String username,
                       @Value("${practice-review.first-admin.password:}") String password) {
        this.users = users;
        this.jdbc = jdbc;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAdministrator();
    }

    /** True when this call created the administrator. */
    boolean createIfNoAdministrator() {
        if (administrators() > 0) {
            return false;
        }
        if (username.isEmpty()) {
            log.warn("No administrator exists and PRACTICE_REVIEW_ADMIN_USERNAME is not set: nobody can manage users");
            return false;
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("PRACTICE_REVIEW_ADMIN_PASSWORD must be set to create the first administrator");
        }
        try {
            users.create(new NewUser(username, "Administrator", null, EnumSet.of(Role.ADMIN), null, password));
        } catch (DuplicateKeyException raced) {
            return false;
        }
        log.info("First administrator {} created", username);
        return true;
    }

    private long administrators() {
        return jdbc.sql("select count(*) from app_user_role where role = ?").param(Role.ADMIN.name()).query(Long.class).single();
    }
}
