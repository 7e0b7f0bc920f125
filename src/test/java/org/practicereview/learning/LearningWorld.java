package org.practicereview.learning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people of the learning tests: the business unit, a PRG member, the auditor, and one person in each of two agencies. */
final class LearningWorld {

    static final String POLICE = "NORTHSHIRE_POLICE";
    static final String HEALTH = "NORTHSHIRE_HEALTH";
    private static final AtomicInteger NEXT = new AtomicInteger();

    final String coordinator;
    final String member;
    final String chair;
    final String auditor;
    final String police;
    final String health;
    private final Users users;
    private final UserDetailsService details;

    LearningWorld(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.details = context.getBean(UserDetailsService.class);
        ReferralExamples.registerDemoAgencies(context.getBean(Agencies.class));
        int n = NEXT.incrementAndGet();
        coordinator = user("learn-coordinator-" + n, Role.PRG_COORDINATOR, null);
        member = user("learn-member-" + n, Role.PRG_MEMBER, null);
        chair = user("learn-chair-" + n, Role.CHAIR, null);
        auditor = user("learn-auditor-" + n, Role.AUDITOR, null);
        police = user("learn-police-" + n, Role.AGENCY, POLICE);
        health = user("learn-health-" + n, Role.AGENCY, HEALTH);
    }

    private String user(String username, Role role, String agency) {
        users.create(new NewUser(username, "Test " + username, username + "@example.org", Set.of(role), agency,
                "correct-horse-battery-staple"));
        return username;
    }

    RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }
}
