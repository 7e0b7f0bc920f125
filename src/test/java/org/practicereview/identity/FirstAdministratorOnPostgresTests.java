package org.practicereview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practicereview.PostgresDatabase;
import org.practicereview.PostgresIntegrationTest;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A first start of the postgres profile: no demo data, the administrator from the settings, once. */
@PostgresIntegrationTest
class FirstAdministratorOnPostgresTests {

    @Autowired Users users;
    @Autowired PasswordEncoder passwords;
    @Autowired FirstAdministrator firstAdministrator;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorFromTheEnvironmentWasCreatedWithItsPassword() {
        UserAccount admin = users.find(PostgresDatabase.FIRST_ADMIN).orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(passwords.matches(PostgresDatabase.FIRST_ADMIN_PASSWORD, users.passwordHash(admin.username()).orElseThrow())).isTrue();
    }

    @Test
    void aSecondStartCreatesNoOneAndNoDemoUsersExist() {
        // other classes on this database may add administrators of their own; the start adds none
        var before = users.withRole(Role.ADMIN).stream().map(UserAccount::username).toList();
        assertThat(firstAdministrator.createIfNoAdministrator()).isFalse();
        assertThat(users.withRole(Role.ADMIN)).extracting(UserAccount::username)
                .containsExactlyInAnyOrderElementsOf(before).contains(PostgresDatabase.FIRST_ADMIN);
        assertThat(jdbc.sql("select count(*) from app_user where username like 'demo.%'").query(Long.class).single()).isZero();
    }
}
