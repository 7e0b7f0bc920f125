package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application without a mail server (no spring.mail.host, as the test profile runs): it started,
 * notices wait in the outbox, and the business unit is told so on its home page; the case file says
 * 'Queued, not yet sent', never 'sent'.
 */
@IntegrationTest
class MailServerAlertTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Notifications notifications;
    @Autowired MailRelay relay;

    @Test
    void withoutAMailServerNoticesWaitAndTheBusinessUnitIsToldSo() throws Exception {
        users.create(new NewUser("alert.coordinator", "Test coordinator", "alert.coordinator@example.org", Set.of(Role.PRG_COORDINATOR),
                null, "correct horse battery staple"));
        Notification n = notifications.queue(new CaseReference("PR-2026-0999"), NotificationKind.NEW_REFERRAL, "business.unit@example.org",
                "New referral PR-2026-0999", "A new referral is waiting for triage.", null);

        assertThat(relay.relayDue()).isZero();

        String home = page("/tasks");
        assertThat(home).contains("No mail server is set (spring.mail.host), so notices stay in the outbox and nobody receives them.");
        assertThat(page("/outbox")).contains("New referral", "PR-2026-0999", "Queued, not yet sent").doesNotContain("business.unit@");
        assertThat(notifications.forCase(new CaseReference("PR-2026-0999"))).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(NoticeStatus.QUEUED));
        assertThat(NoticesCaseFile.status(n)).isEqualTo("Queued, not yet sent");
    }

    private String page(String path) throws Exception {
        SignedInUser user = (SignedInUser) details.loadUserByUsername("alert.coordinator");
        return mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.authentication(
                        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
