package org.practicereview.identity.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The second lock behind Spring Security: only a signed-in administrator reaches Camunda's webapps. */
@IntegrationTest
class SignedInAdministratorProviderTests {

    @Autowired Users users;
    @Autowired UserDetailsService accounts;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;

    private final SignedInAdministratorProvider provider = new SignedInAdministratorProvider();

    @BeforeEach
    void people() {
        if (!users.exists("sap.admin")) {
            users.create(new NewUser("sap.admin", "Sam Admin", null, Set.of(Role.ADMIN, Role.AUDITOR), null, "correct horse battery"));
            users.create(new NewUser("sap.member", "Mo Member", null, Set.of(Role.PRG_MEMBER), null, "correct horse battery"));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void handsTheSignedInAdministratorAndTheirRolesGroupsButNotCamundasAdminGroupToTheWebapps() {
        signIn("sap.admin");

        AuthenticationResult result = provider.extractAuthenticatedUser(null, engine);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("sap.admin");
        // Never Camunda's own administrators group, whose members pass every authorization check.
        assertThat(result.getGroups()).containsExactlyInAnyOrder("ADMIN", "AUDITOR");
        assertThat(result.getTenants()).isEmpty();
    }

    @Test
    void refusesEveryoneElse() {
        assertThat(provider.extractAuthenticatedUser(null, engine).isAuthenticated()).isFalse();

        signIn("sap.member");
        assertThat(provider.extractAuthenticatedUser(null, engine).isAuthenticated()).isFalse();
    }

    @Test
    void refusesAnAdministratorWhoseRoleWasWithdrawnSinceSigningIn() {
        if (!users.exists("sap.former")) {
            users.create(new NewUser("sap.former", "Fran Former", null, Set.of(Role.ADMIN), null, "correct horse battery"));
        }
        signIn("sap.former");
        assertThat(provider.extractAuthenticatedUser(null, engine).isAuthenticated()).isTrue();

        jdbc.sql("delete from app_user_role where username = 'sap.former' and role = 'ADMIN'").update();

        assertThat(provider.extractAuthenticatedUser(null, engine).isAuthenticated()).isFalse();
    }

    private void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
