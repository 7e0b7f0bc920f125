package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.decision.PrgCases;
import org.practicereview.documents.DeadlineStatus;
import org.practicereview.documents.PrgCase;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator changes where statutory notices go on the settings page, and the next case's
 * notices reach the new mailboxes through a real SMTP server (GreenMail); a case notified before the
 * change keeps the old addresses in its record, and still reads as told to the national panel.
 */
@IntegrationTest
class ChangedRecipientsMailTests {

    static final String OLD_PANEL = "national.panel@example.org";
    static final String OLD_OFSTED = "ofsted.notifications@example.org";
    static final String OLD_UNIT = "business.unit@example.org";
    static final String NEW_PANEL = "panel.notifications@newpanel.example.org";
    static final String NEW_OFSTED = "ofsted.casework@newofsted.example.org";
    static final String NEW_UNIT = "safeguarding.unit@northshire.example.org";
    static final String PASSWORD = "correct horse battery staple";

    static GreenMail smtp = smtp();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    static GreenMail smtp() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Autowired ApplicationContext context;
    @Autowired MailRelay relay;
    @Autowired Notifications notifications;
    @Autowired BoardSettings settings;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;

    MailCase cases;

    @BeforeEach
    void world() throws Exception {
        ReferralExamples.registerDemoAgencies(context.getBean(Agencies.class));
        if (!users.exists("recipients.admin")) {
            users.create(new NewUser("recipients.admin", "Test administrator", "recipients.admin@example.org",
                    Set.of(Role.ADMIN), null, PASSWORD));
            users.create(new NewUser("recipients.coordinator", "Test coordinator", "recipients.coordinator@example.org",
                    Set.of(Role.PRG_COORDINATOR), null, PASSWORD));
        }
        cases = new MailCase(context);
        relay.relayDue();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void noticesAfterTheAdministratorChangesTheRecipientsGoToTheNewAddressesAndEarlierOnesKeepTheOld() throws Exception {
        assertThat(settings.current().nationalPanelAddress()).isEqualTo(OLD_PANEL);
        CaseReference before = initiatedScr();
        relay.relayDue();
        assertThat(recipientsOf(before)).contains(OLD_PANEL, OLD_OFSTED, OLD_UNIT).doesNotContain(NEW_PANEL, NEW_OFSTED, NEW_UNIT);
        smtp.purgeEmailFromAllMailboxes();

        mvc.perform(post("/admin/settings/edit").with(as("recipients.admin")).with(csrf()).params(newRecipients()))
                .andExpect(redirectedUrl("/admin/settings"));
        assertThat(page("/admin/settings", "recipients.admin")).contains(NEW_PANEL, NEW_OFSTED, NEW_UNIT);

        CaseReference after = initiatedScr();
        relay.relayDue();
        assertThat(recipientsOf(after)).contains(NEW_PANEL, NEW_OFSTED, NEW_UNIT).doesNotContain(OLD_PANEL, OLD_OFSTED, OLD_UNIT);
        assertThat(addressesOf(after, NotificationKind.SCR_INITIATED_NOTICE)).containsExactlyInAnyOrder(NEW_PANEL, NEW_OFSTED);
        assertThat(addressesOf(after, NotificationKind.NEW_REFERRAL)).containsExactly(NEW_UNIT);
        assertThat(recipientsOf(before)).as("nothing more was sent for the earlier case").isEmpty();

        assertThat(addressesOf(before, NotificationKind.SCR_INITIATED_NOTICE)).as("the earlier case's record")
                .containsExactlyInAnyOrder(OLD_PANEL, OLD_OFSTED);
        assertThat(addressesOf(before, NotificationKind.NEW_REFERRAL)).containsExactly(OLD_UNIT);
        String earlierCasePage = page("/cases/" + before.value(), "recipients.coordinator");
        assertThat(earlierCasePage).contains("To: national panel", "To: Ofsted", "To: coordinator")
                .doesNotContain(OLD_PANEL);
        assertThat(page("/cases/" + after.value(), "recipients.coordinator")).contains("To: national panel", "To: Ofsted")
                .doesNotContain(NEW_PANEL);
        assertThat(panelNoticesToday()).containsEntry(before.value(), DeadlineStatus.MET).containsEntry(after.value(), DeadlineStatus.MET);
    }

    private CaseReference initiatedScr() {
        CaseReference ref = cases.referral();
        cases.atAgencyRound(ref);
        cases.atChairsDecision(ref, true, "INITIATE_SCR");
        cases.decide(ref, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        return ref;
    }

    private List<String> addressesOf(CaseReference ref, NotificationKind kind) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == kind).map(Notification::recipient).toList();
    }

    /** The addresses GreenMail delivered this case's notices to, each mail known by its notice's Message-ID. */
    private List<String> recipientsOf(CaseReference ref) {
        Set<String> ids = notifications.forCase(ref).stream().map(n -> "<notification-" + n.id() + "@")
                .collect(java.util.stream.Collectors.toSet());
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> ids.stream().anyMatch(messageId(m)::startsWith))
                .flatMap(m -> to(m).stream()).distinct().toList();
    }

    private Map<String, DeadlineStatus> panelNoticesToday() {
        LocalDate today = LocalDate.now(WorkingDays.UK);
        return context.getBean(PrgCases.class).consideredBetween(today.minusDays(1), today.plusDays(1), ref -> null).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.reference().value(), PrgCase::nationalPanelNotice));
    }

    private org.springframework.util.MultiValueMap<String, String> newRecipients() throws Exception {
        return org.practicereview.administration.web.SettingsForm.asFound(mvc, as("recipients.admin"))
                .with("nationalPanelAddress", NEW_PANEL).with("ofstedAddress", NEW_OFSTED)
                .with("chairAddress", "independent.chair@example.org").with("businessUnitAddress", NEW_UNIT)
                .with("boardMembersAddress", "board.members@example.org").fields();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static List<String> to(MimeMessage m) {
        try {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
