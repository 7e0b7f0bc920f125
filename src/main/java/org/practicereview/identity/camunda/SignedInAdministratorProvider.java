package org.practicereview.identity.camunda;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.practicereview.identity.SignedInUser;
import org.practicereview.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user signed in through our sign-in page to Camunda's webapps, so they need no login
 * of their own. Only administrators pass; Spring Security has already refused everyone else, this
 * is the second lock. Camunda creates it by class name, hence public with a no-argument constructor.
 */
public class SignedInAdministratorProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !user.account().roles().contains(Role.ADMIN)
                || !stillAnAdministrator(engine, user.getUsername())) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.getUsername());
        // The roles' groups only, never Camunda's own administrators group: its members pass every
        // authorization check, and the webapps are to be read-only (workflow.EngineAuthorizations).
        result.setGroups(user.account().actor().groups());
        result.setTenants(List.of());
        return result;
    }

    /**
     * The session holds the roles of sign-in time; the user store may have changed since. An
     * account disabled or no longer an administrator is refused on its next request (the webapps
     * would also fail with a server error on a user the engine no longer knows).
     */
    private static boolean stillAnAdministrator(ProcessEngine engine, String username) {
        return engine.getIdentityService().createUserQuery().userId(username).memberOfGroup(Role.ADMIN.group()).count() == 1;
    }
}
