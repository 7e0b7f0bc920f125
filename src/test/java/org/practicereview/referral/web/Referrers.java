package org.practicereview.referral.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test users of the journey, signed in as the real principal, and posting answers as a browser would. */
final class Referrers {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Users users;
    private final UserDetailsService details;

    Referrers(Users users, UserDetailsService details, Agencies agencies) {
        this.users = users;
        this.details = details;
        ReferralExamples.registerDemoAgencies(agencies);
    }

    /** A new user with unique name, e.g. an agency user of Northshire Health. */
    String create(String name, Set<Role> roles, String agencyCode) {
        String username = name + "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        users.create(new NewUser(username, "Sam Referrer", username + "@health.example.org", roles, agencyCode, PASSWORD));
        return username;
    }

    String agencyUser() {
        return create("referrer", Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH");
    }

    RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static Actor actor(String username) {
        return Actor.agencyUser(username, "NORTHSHIRE_HEALTH");
    }

    static MockHttpServletRequestBuilder page(String path) {
        return get(path);
    }

    /** A POST of a question page with its CSRF token: dates as the three GOV.UK boxes, lists as repeated parameters. */
    static MockHttpServletRequestBuilder answers(String path, Map<String, ?> values) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        values.forEach((key, value) -> {
            if (value instanceof Collection<?> items) {
                items.forEach(i -> request.param(key, i.toString()));
            } else if (value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(s);
                request.param(key + "-day", Integer.toString(date.getDayOfMonth()))
                        .param(key + "-month", Integer.toString(date.getMonthValue()))
                        .param(key + "-year", Integer.toString(date.getYear()));
            } else if (value != null) {
                request.param(key, value.toString());
            }
        });
        return request;
    }
}
