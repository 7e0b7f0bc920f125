package org.practicereview.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practicereview.Tiers;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.MailRelay;
import org.practicereview.notification.MailServer;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo profile with no mail server configured, as {@code mvn spring-boot:run} starts: its own SMTP
 * server runs in the process, notices are really sent to it, and the administrator (only) reads them.
 */
@SpringBootTest(properties = {"practice-review.demo-data=false", "practice-review.camunda-webapps.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:demo-mailbox;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Tag(Tiers.INTEGRATION)
class DemoMailboxTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Notifications notifications;
    @Autowired MailRelay relay;
    @Autowired MailServer server;

    @Test
    void theAdministratorReadsEachMailTheDemoSent() throws Exception {
        users.create(new NewUser("box.admin", "Test admin", "box.admin@example.org", Set.of(Role.ADMIN), null, "correct horse battery staple"));
        users.create(new NewUser("box.chair", "Test chair", "box.chair@example.org", Set.of(Role.CHAIR), null, "correct horse battery staple"));
        notifications.queue(new CaseReference("PR-2026-0777"), NotificationKind.NEW_REFERRAL, "business.unit@example.org",
                "New referral PR-2026-0777", "A new referral, PR-2026-0777, is waiting for triage.", null);

        assertThat(relay.relayDue()).isOne();
        assertThat(server.problem()).as("the in-process server answered at start").isNull();

        String mailbox = page("/demo/mailbox", as("box.admin"));
        assertThat(mailbox).contains("business.unit@example.org", "New referral PR-2026-0777");
        assertThat(page("/demo/mailbox/1", as("box.admin"))).contains("A new referral, PR-2026-0777, is waiting for triage.",
                "Case reference: PR-2026-0777", "&lt;notification-");
        mvc.perform(get("/demo/mailbox").with(as("box.chair"))).andExpect(status().isNotFound());
        assertThat(page("/outbox", as("box.admin"))).contains("Read the demo");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
