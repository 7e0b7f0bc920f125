package org.practicereview.administration.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in as a real user of a role, created on first use. */
final class Admins {

    static final String PASSWORD = "tangerine lighthouse quietly";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Users users;
    private final UserDetailsService details;

    Admins(Users users, UserDetailsService details) {
        this.users = users;
        this.details = details;
    }

    String create(Role role, String agency) {
        String username = role.name().toLowerCase().replace('_', '.') + ".admintest" + NEXT.incrementAndGet();
        users.create(new NewUser(username, "Test " + role.label(), username + "@example.org", Set.of(role), agency, PASSWORD));
        return username;
    }

    RequestPostProcessor as(Role role) {
        return signedIn(create(role, role == Role.AGENCY ? "NORTHSHIRE_HEALTH" : null));
    }

    RequestPostProcessor signedIn(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
