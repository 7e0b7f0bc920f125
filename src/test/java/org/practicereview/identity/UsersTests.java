package org.practicereview.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UsersTests {

    private static final String SHARED = "one-password-for-these";

    @Autowired Users users;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcClient jdbc;

    @Test
    void createsAccountsThatShareOnePasswordEachAbleToSignInWithIt() {
        users.createSharingOnePassword(List.of(
                new NewUser("shared.one", "Shared One", "shared.one@example.org", Set.of(Role.PRG_MEMBER), null, SHARED),
                new NewUser("shared.two", "Shared Two", "shared.two@example.org", Set.of(Role.CHAIR, Role.PRG_MEMBER), null, SHARED)));

        assertThat(users.find("shared.two").orElseThrow().roles()).containsExactlyInAnyOrder(Role.CHAIR, Role.PRG_MEMBER);
        for (String username : List.of("shared.one", "shared.two")) {
            String hash = jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single();
            assertThat(passwords.matches(SHARED, hash)).as(username).isTrue();
            assertThat(passwords.matches("another-password", hash)).as(username).isFalse();
        }
    }

    @Test
    void refusesAccountsWithDifferentPasswordsOrAnyWrongAccountAndCreatesNoneOfThem() {
        NewUser good = new NewUser("batch.good", "Batch Good", null, Set.of(Role.PRG_MEMBER), null, SHARED);
        assertThatThrownBy(() -> users.createSharingOnePassword(List.of(good,
                new NewUser("batch.other", "Batch Other", null, Set.of(Role.PRG_MEMBER), null, "a-different-password"))))
                .hasMessage("These accounts do not share one password");
        assertThatThrownBy(() -> users.createSharingOnePassword(List.of(good,
                new NewUser("batch.agency", "Batch Agency", null, Set.of(Role.AGENCY), "NO-SUCH-AGENCY", SHARED))))
                .hasMessage("No such agency");
        assertThat(users.exists("batch.good")).isFalse();
    }
}
