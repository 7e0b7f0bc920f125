package org.practicereview.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in people for the meetings' page tests: each call adds a new account. */
class MeetingPeople {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Users users;
    private final Agencies agencies;
    private final UserDetailsService details;

    MeetingPeople(Users users, Agencies agencies, UserDetailsService details) {
        this.users = users;
        this.agencies = agencies;
        this.details = details;
    }

    record Person(String username, RequestPostProcessor signedIn) {}

    Person add(Role role, String agencyCode) {
        ReferralExamples.registerDemoAgencies(agencies);
        String username = "meet-" + role.name().toLowerCase().replace('_', '-') + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        users.create(new NewUser(username, "Fictional " + role.label() + " " + NEXT.get(), username + "@example.org", Set.of(role),
                agencyCode, "correct-horse-battery-staple"));
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return new Person(username, authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
    }
}
