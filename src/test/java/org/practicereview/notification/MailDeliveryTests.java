package org.practicereview.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.decision.PrgCases;
import org.practicereview.documents.DeadlineStatus;
import org.practicereview.documents.PrgCase;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.publication.Publications;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox delivered to a real SMTP server (GreenMail on a free port): every notice the referral,
 * agency round and decision steps send arrives once, to the right addresses, with its subject, body,
 * link and case reference and, for the statutory notices, the decision record; a server that refuses
 * then accepts gets one mail; a crash between the send and the mark gives one duplicate with the same
 * Message-ID; a notice failed after its attempts is shown and can be sent again. The relay runs only
 * when a test calls it (no timer in the test profile), so each test sees exactly what it caused.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryTests {

    static final String POLICE_MAILBOX = "safeguarding@police.example.org";
    static final String HEALTH_USER_EMAIL = "mail.health@health.example.org";
    static final String POLICE_USER_EMAIL = "mail.police@police.example.org";
    static GreenMail smtp = smtpOn(0);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("practice-review.agency-mailboxes.NORTHSHIRE_POLICE", () -> POLICE_MAILBOX);
        registry.add("practice-review.mail.max-attempts", () -> 3);
        registry.add("practice-review.mail.base-url", () -> "https://practice-review.example.org");
    }

    static GreenMail smtpOn(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
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
    @Autowired JavaMailSender sender;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired PlatformTransactionManager transactions;

    MailCase cases;

    @BeforeEach
    void world() throws Exception {
        ReferralExamples.registerDemoAgencies(context.getBean(Agencies.class));
        if (!users.exists("mail.health")) {
            users.create(new NewUser("mail.health", "Test health user", HEALTH_USER_EMAIL, Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH",
                    "correct horse battery staple"));
            users.create(new NewUser("mail.police", "Test police user", POLICE_USER_EMAIL, Set.of(Role.AGENCY), "NORTHSHIRE_POLICE",
                    "correct horse battery staple"));
            users.create(new NewUser("mail.coordinator", "Test coordinator", "mail.coordinator@example.org",
                    Set.of(Role.PRG_COORDINATOR), null, "correct horse battery staple"));
            users.create(new NewUser("mail.reviewer", "Test reviewer", "mail.reviewer@example.org",
                    Set.of(Role.REVIEWER), null, "correct horse battery staple"));
            users.create(new NewUser("mail.auditor", "Test auditor", "mail.auditor@example.org",
                    Set.of(Role.AUDITOR), null, "correct horse battery staple"));
        }
        cases = new MailCase(context);
        relay.relayDue(); // whatever an earlier test left queued
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void everyNoticeOfTheReferralAgencyRoundAndDecisionArrivesOnceAsItsRecipientsShouldReadIt(CapturedOutput output) throws Exception {
        CaseReference scr = cases.referral();
        cases.atAgencyRound(scr);
        cases.fireTimerOn(scr, "Task_ProvideAgencySummary");
        cases.atChairsDecision(scr, true, "INITIATE_SCR");
        cases.fireTimerOn(scr, "Task_RecordScrDecision");
        cases.decide(scr, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        CaseReference notInitiated = cases.referral();
        cases.askTheReferrerForMore(notInitiated);
        CaseReference declined = cases.referral();
        cases.atAgencyRound(declined);
        cases.atChairsDecision(declined, false, "NO_REVIEW");
        cases.decide(declined, Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", "DISSEMINATE_LEARNING",
                "rationale", "The criteria are not met.", "learningToShare", "A briefing on missed appointments for partners",
                "learningToShareFor", "NORTHSHIRE_HEALTH", "learningToShareDue", LocalDate.now(WorkingDays.UK).plusMonths(2).toString()));
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(70))));
        cases.fireTimers(declined, "BoundaryEvent_FollowUpOverdue");

        List<Notification> queued = new ArrayList<>();
        for (CaseReference ref : List.of(scr, notInitiated, declined)) {
            queued.addAll(notifications.forCase(ref));
        }
        assertThat(queued).extracting(Notification::kind).contains(NotificationKind.REFERRAL_ACKNOWLEDGEMENT,
                NotificationKind.NEW_REFERRAL, NotificationKind.MORE_INFORMATION_REQUESTED, NotificationKind.AGENCY_INFORMATION_REQUEST,
                NotificationKind.AGENCY_INFORMATION_REMINDER, NotificationKind.DECISION_OVERDUE, NotificationKind.DECISION_NOTICE,
                NotificationKind.SCR_INITIATED_NOTICE, NotificationKind.SCR_NOT_INITIATED_NOTICE, NotificationKind.FOLLOW_UP_OVERDUE);
        assertThat(smtp.getReceivedMessages()).as("nothing is sent before the relay runs").isEmpty();

        assertThat(relay.relayDue()).isEqualTo(queued.size());

        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        for (Notification n : queued) {
            Notification now = notifications.forCase(new CaseReference(n.caseReference())).stream()
                    .filter(x -> x.id().equals(n.id())).findFirst().orElseThrow();
            assertThat(now.status()).isEqualTo(NoticeStatus.SENT);
            // GreenMail keeps one copy per recipient: one mail to all of them, seen once by each.
            List<MimeMessage> mails = received.stream()
                    .filter(m -> messageId(m).equals("<notification-" + n.id() + "@practice-review.example.org>")).toList();
            assertThat(mails).as("one mail for notice %s (%s)", n.id(), n.kind()).hasSize(expectedAddresses(n).size());
            MimeMessage mail = mails.get(0);
            assertThat(to(mail)).as("recipients of %s", n.kind()).containsExactlyElementsOf(expectedAddresses(n));
            assertThat(mail.getSubject()).isEqualTo(n.subject());
            String text = text(mail);
            assertThat(text).contains(n.body().split("\n")[0]).contains("Case reference: " + n.caseReference());
            assertThat(html(mail)).contains("Case reference: <strong>" + n.caseReference() + "</strong>");
            assertThat(attachments(mail)).as("attachments of %s", n.kind())
                    .isEqualTo(n.kind().statutory() ? List.of("application/pdf") : List.of());
        }
        assertThat(received).filteredOn(m -> to(m).contains(HEALTH_USER_EMAIL)).extracting(MailDeliveryTests::text)
                .anySatisfy(t -> assertThat(t).contains("https://practice-review.example.org/tasks"));
        assertThat(trail.forCase(scr)).filteredOn(e -> e.kind() == TrailAction.NOTIFICATION_SENT)
                .hasSize((int) queued.stream().filter(n -> n.caseReference().equals(scr.value())).count())
                .allSatisfy(e -> assertThat(e.details()).doesNotContain("@"));

        String child = ReferralExamples.CHILD_NAME;
        List<String> names = new ArrayList<>(Arrays.asList(child.split(" ")));
        names.add(ReferralExamples.MOTHER_NAME);
        for (MimeMessage m : received) {
            for (String name : names) {
                assertThat(m.getSubject()).doesNotContainIgnoringCase(name);
                assertThat(text(m)).doesNotContainIgnoringCase(name);
            }
        }
        for (String name : names) {
            assertThat(output.getAll()).as("the log").doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void theReviewAndPublicationNoticesArriveOnceToo() throws Exception {
        CaseReference ref = cases.referral();
        cases.atAgencyRound(ref);
        cases.atChairsDecision(ref, true, "INITIATE_SCR");
        cases.decide(ref, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        cases.throughTheReview(ref);
        cases.throughPublication(ref, () -> context.getBean(Publications.class).proceedingsConcluded(MailCase.COORDINATOR, ref));
        List<Notification> later = notifications.forCase(ref).stream().filter(n -> Set.of(NotificationKind.REVIEW_REMINDER,
                NotificationKind.REVIEW_OVERDUE, NotificationKind.PRE_PUBLICATION_NOTICE, NotificationKind.PUBLISHED).contains(n.kind())).toList();
        assertThat(later).extracting(Notification::kind).contains(NotificationKind.REVIEW_REMINDER, NotificationKind.REVIEW_OVERDUE,
                NotificationKind.PRE_PUBLICATION_NOTICE, NotificationKind.PUBLISHED);

        relay.relayDue();

        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        for (Notification n : later) {
            assertThat(received).filteredOn(m -> messageId(m).equals("<notification-" + n.id() + "@practice-review.example.org>"))
                    .as("%s", n.kind()).singleElement().satisfies(mail -> {
                        assertThat(to(mail)).containsExactly(n.recipient());
                        assertThat(mail.getSubject()).isEqualTo(n.subject()).doesNotContain(ReferralExamples.CHILD_NAME.split(" ")[0]);
                        assertThat(text(mail)).contains(n.body().split("\n")[0], "Case reference: " + ref);
                        assertThat(attachments(mail)).isEmpty();
                    });
        }
        assertThat(received).filteredOn(m -> subject(m).startsWith("Published: "))
                .allSatisfy(m -> assertThat(text(m)).contains("https://practice-review.example.org/learning-from-reviews"));
    }

    @Test
    void aPublishedBriefingReachesEveryAgencyWithALinkThatOpensItsRecordAUsePageAfterSignIn() throws Exception {
        CaseReference ref = cases.referral();
        cases.atAgencyRound(ref);
        cases.atChairsDecision(ref, true, "INITIATE_SCR");
        cases.decide(ref, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        cases.throughTheReview(ref);
        cases.throughPublication(ref, () -> context.getBean(Publications.class).proceedingsConcluded(MailCase.COORDINATOR, ref));
        List<Notification> briefings = notifications.forCase(ref).stream()
                .filter(n -> n.kind() == NotificationKind.BRIEFING_PUBLISHED).toList();
        assertThat(briefings).extracting(Notification::recipient)
                .containsExactlyInAnyOrderElementsOf(context.getBean(Agencies.class).all().stream().map(a -> "agency:" + a.code()).toList());

        relay.relayDue();

        String path = "/briefings/" + ref.value() + "/uses/new";
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).contains(POLICE_USER_EMAIL) && subject(m).startsWith("7 minute briefing")).findFirst().orElseThrow();
        assertThat(to(mail)).contains(POLICE_MAILBOX);
        assertThat(mail.getSubject()).isEqualTo("7 minute briefing to use with your staff: Serious Case Review (SCR) – Child Q");
        assertThat(text(mail)).contains("Sign in to record where you used the briefing:",
                "https://practice-review.example.org" + path, "Case reference: " + ref);
        assertThat(html(mail)).contains("href=\"https://practice-review.example.org" + path + "\"");

        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.perform(get(path).session(session)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("/sign-in");
        mvc.perform(post("/sign-in").with(csrf()).session(session).param("username", "mail.police")
                .param("password", "correct horse battery staple")).andExpect(redirectedUrl(path));
        String page = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Record where a briefing was used", "Serious Case Review (SCR) – Child Q");

        String home = mvc.perform(get("/my-referrals").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("7 minute briefings to use with your staff", "href=\"" + path + "\"");
    }

    @Test
    void eachAgencyAskedForItsReportHearsOnceWithALinkToItsTaskAndIsChasedIfLate(CapturedOutput output) throws Exception {
        CaseReference ref = cases.referral();
        cases.atAgencyRound(ref);
        cases.atChairsDecision(ref, true, "INITIATE_SCR");
        cases.decide(ref, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        relay.relayDue();
        smtp.purgeEmailFromAllMailboxes();

        cases.atAgencyReports(ref);
        TaskMails taskMails = context.getBean(TaskMails.class);
        taskMails.tellAboutTasks();
        String policeTask = cases.taskOf(ref, "Task_SubmitAgencyReport", "NORTHSHIRE_POLICE");
        assertThat(context.getBean(AgencyRequests.class).ask(new AgencyRequests.Ask(ref, policeTask, "NORTHSHIRE_POLICE",
                NotificationKind.AGENCY_REPORT_REQUEST, "Agency report request for review " + ref, "Asked again.", null)))
                .as("a second ask for the same task").isFalse();
        relay.relayDue();

        List<Notification> requests = notifications.forCase(ref).stream()
                .filter(n -> n.kind() == NotificationKind.AGENCY_REPORT_REQUEST).toList();
        assertThat(requests).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("agency:NORTHSHIRE_POLICE", "agency:NORTHSHIRE_HEALTH");
        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        for (Notification n : requests) {
            String agency = n.recipient().substring("agency:".length());
            List<MimeMessage> mails = received.stream()
                    .filter(m -> messageId(m).equals("<notification-" + n.id() + "@practice-review.example.org>")).toList();
            assertThat(mails).as("the request to %s, one copy for each address", agency).hasSize(expectedAddresses(n).size());
            assertThat(to(mails.get(0))).containsExactlyElementsOf(expectedAddresses(n));
            assertThat(subject(mails.get(0))).isEqualTo("Agency report request for review " + ref);
            assertThat(text(mails.get(0))).contains("asks " + context.getBean(Agencies.class).nameOf(agency) + " for its agency report",
                    "Please sign in to submit it by ", "Case reference: " + ref,
                    "https://practice-review.example.org/tasks/" + cases.taskOf(ref, "Task_SubmitAgencyReport", agency));
        }
        for (String person : List.of(HEALTH_USER_EMAIL, POLICE_USER_EMAIL)) {
            assertThat(subjectsOfMailsTo(received, person)).as("what %s was sent", person)
                    .containsExactly("Agency report request for review " + ref);
        }

        smtp.purgeEmailFromAllMailboxes();
        cases.fireTimers(ref, "BoundaryEvent_AgencyReportReminder", "BoundaryEvent_AgencyReportsOverdue");
        relay.relayDue();
        List<Notification> chased = notifications.forCase(ref).stream().filter(n -> n.kind() == NotificationKind.AGENCY_REPORT_REMINDER
                || n.kind() == NotificationKind.AGENCY_REPORTS_OVERDUE).toList();
        assertThat(chased).extracting(Notification::kind).containsOnly(NotificationKind.AGENCY_REPORT_REMINDER,
                NotificationKind.AGENCY_REPORTS_OVERDUE).hasSize(3);
        for (Notification n : chased) {
            assertThat(Arrays.asList(smtp.getReceivedMessages()))
                    .filteredOn(m -> messageId(m).equals("<notification-" + n.id() + "@practice-review.example.org>"))
                    .as("%s to %s", n.kind(), n.recipient()).hasSize(expectedAddresses(n).size())
                    .allSatisfy(m -> assertThat(text(m)).contains(n.body().split("\n")[0], "Case reference: " + ref));
        }
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(subject(m) + text(m)).doesNotContainIgnoringCase(ReferralExamples.CHILD_NAME.split(" ")[0])
                    .doesNotContainIgnoringCase(ReferralExamples.MOTHER_NAME);
        }
        assertThat(output.getAll()).as("the log").doesNotContainIgnoringCase(ReferralExamples.CHILD_NAME.split(" ")[0])
                .doesNotContainIgnoringCase(ReferralExamples.MOTHER_NAME);
    }

    @Test
    void aServerThatRefusesThenAcceptsReceivesTheNoticeOnce() throws Exception {
        Notification n = notifications.queue(null, NotificationKind.NEW_REFERRAL, "business.unit@example.org",
                "New referral PR-TEST", "A new referral is waiting for triage.", null);
        int port = smtp.getSmtp().getPort();
        smtp.stop();

        assertThat(relay.relayDue()).isZero();
        Notification refused = reread(n);
        assertThat(refused.status()).isEqualTo(NoticeStatus.QUEUED);
        assertThat(refused.attempts()).isOne();
        assertThat(refused.lastError()).isEqualTo("The mail server could not be reached");
        assertThat(refused.nextAttemptAt()).isAfter(refused.createdAt());
        assertThat(page("/outbox", as("mail.coordinator"))).contains("Queued, not yet sent", "Next attempt ",
                "The mail server could not be reached");

        smtp = smtpOn(port);
        assertThat(relay.relayDue()).as("not before its retry time").isZero();
        ClockUtil.setCurrentTime(Date.from(refused.nextAttemptAt().plusSeconds(1)));
        assertThat(relay.relayDue()).isOne();
        assertThat(relay.relayDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(reread(n).attempts()).isEqualTo(2);
        assertThat(sentEvents(n)).hasSize(1);
    }

    @Test
    void aCrashBetweenSendAndMarkGivesAtMostOneDuplicateWithTheSameMessageId() throws Exception {
        Notification n = notifications.queue(null, NotificationKind.NEW_REFERRAL, "business.unit@example.org",
                "New referral PR-CRASH", "A new referral is waiting for triage.", null);

        // The server took the mail, then the node died before its transaction committed the mark.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(relay.deliverNext(sender)).isEqualTo(MailRelay.Outcome.SENT);
            tx.setRollbackOnly();
        });
        assertThat(reread(n).status()).isEqualTo(NoticeStatus.QUEUED);
        assertThat(relay.relayDue()).isOne();
        assertThat(relay.relayDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received).map(MailDeliveryTests::messageId).distinct())
                .containsExactly("<notification-" + n.id() + "@practice-review.example.org>");
        assertThat(sentEvents(n)).hasSize(1);
    }

    @Test
    void aNoticeFailedAfterItsAttemptsIsShownAndCanBeSentAgain() throws Exception {
        Notification n = notifications.queue(null, NotificationKind.NEW_REFERRAL, "business.unit@example.org",
                "New referral PR-FAIL", "A new referral is waiting for triage.", null);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        for (int attempt = 1; attempt <= 3; attempt++) {
            relay.relayDue();
            Notification now = reread(n);
            if (now.nextAttemptAt() != null) {
                ClockUtil.setCurrentTime(Date.from(now.nextAttemptAt().plusSeconds(1)));
            }
        }
        assertThat(reread(n).status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(jdbc.sql("select details from trail_event where action = 'NOTIFICATION_FAILED' and details like ?")
                .param("notification " + n.id() + ";%").query(String.class).list()).singleElement()
                .satisfies(d -> assertThat(d).contains("after 3 attempts", "The mail server could not be reached").doesNotContain("@"));

        RequestPostProcessor coordinator = as("mail.coordinator");
        long failed = notifications.failedCount();
        assertThat(failed).isPositive();
        assertThat(page("/tasks", coordinator)).contains(failedBanner(failed));
        String outbox = page("/outbox?show=failed", coordinator);
        assertThat(outbox).contains("New referral", "coordinator", "Failed", "The mail server could not be reached", "Send again")
                .doesNotContain("business.unit@example.org");

        smtp = smtpOn(port);
        mvc.perform(post("/outbox/" + n.id() + "/resend").with(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reread(n).status()).isEqualTo(NoticeStatus.QUEUED);
        assertThat(relay.relayDue()).isOne();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.failedCount()).isEqualTo(failed - 1);
        assertThat(page("/tasks", coordinator)).doesNotContain(failedBanner(failed));
        mvc.perform(get("/outbox").with(as("mail.health"))).andExpect(status().isNotFound());
    }

    @Test
    void thePrgReportAndTheAuditorsDeadlinesAgreeOnAPanelNoticeQueuedButUnsentPastItsDeadline() throws Exception {
        CaseReference told = cases.referral();
        cases.atAgencyRound(told);
        cases.atChairsDecision(told, true, "INITIATE_SCR");
        cases.decide(told, Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        relay.relayDue();
        CaseReference untold = cases.referral();
        cases.atAgencyRound(untold);
        cases.atChairsDecision(untold, false, "NO_REVIEW");
        cases.decide(untold, Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", "DISSEMINATE_LEARNING",
                "rationale", "The criteria are not met.", "learningToShare", "A briefing on missed appointments for partners",
                "learningToShareFor", "NORTHSHIRE_HEALTH", "learningToShareDue", LocalDate.now(WorkingDays.UK).plusMonths(2).toString()));
        LocalDate today = LocalDate.now(WorkingDays.UK);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(15))));

        assertThat(panelNotices(today)).containsEntry(told.value(), DeadlineStatus.MET)
                .containsEntry(untold.value(), DeadlineStatus.LATE_QUEUED);
        assertThat(prgReportText(today)).as("the PRG report as the PRG reads it")
                .contains(told.value(), untold.value(), "Missed: queued, not yet sent");
        String deadlines = page("/audit/deadlines", as("mail.auditor"));
        assertThat(deadlines).contains(untold.value(), "Serious case review not initiated", "Queued, not yet sent")
                .doesNotContain(told.value());
        assertThat(DeadlineStatus.LATE_QUEUED.label()).isEqualTo("Missed: queued, not yet sent");

        relay.relayDue();
        assertThat(panelNotices(today)).containsEntry(told.value(), DeadlineStatus.MET)
                .containsEntry(untold.value(), DeadlineStatus.MISSED);
        assertThat(page("/audit/deadlines", as("mail.auditor"))).contains(untold.value()).doesNotContain("Queued, not yet sent")
                .doesNotContain(told.value());
        assertThat(prgReportText(today)).contains(untold.value(), "Missed").doesNotContain("queued, not yet sent");
    }

    @Test
    void peopleHearOfTheirTasksOnceEachOccasionByMailOrInTheirDailyDigest() throws Exception {
        MailPreferences preferences = context.getBean(MailPreferences.class);
        TaskMails taskMails = context.getBean(TaskMails.class);
        preferences.choose(MailCase.HEALTH, true);
        CaseReference ref = cases.referral();
        taskMails.tellAboutTasks();
        assertThat(taskMails.tellAboutTasks()).as("each task and occasion once").isZero();
        cases.atAgencyRound(ref);
        taskMails.tellAboutTasks();
        Date due = context.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                .processInstanceBusinessKey(ref.value()).taskDefinitionKey("Task_ProvideAgencySummary").list().get(0).getDueDate();
        ClockUtil.setCurrentTime(Date.from(due.toInstant().minus(Duration.ofHours(12))));
        taskMails.tellAboutTasks();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(30))));
        taskMails.tellAboutTasks();
        assertThat(preferences.queueDigests()).isPositive();
        relay.relayDue();

        List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
        assertThat(received).filteredOn(m -> to(m).contains("mail.coordinator@example.org"))
                .extracting(MimeMessage::getSubject).contains("Task waiting: Triage referral, case " + ref)
                .allSatisfy(subject -> assertThat(subject).doesNotContain("Provide"));
        List<MimeMessage> health = received.stream().filter(m -> to(m).contains(HEALTH_USER_EMAIL)).toList();
        assertThat(health).extracting(MailDeliveryTests::subject).as("no single task mails for a digest reader")
                .noneMatch(subject -> subject.startsWith("Task waiting") || subject.startsWith("Due soon") || subject.startsWith("Overdue"));
        assertThat(health).filteredOn(m -> subject(m).startsWith("Your tasks: ")).as("one digest").singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).startsWith("Your tasks: ");
            assertThat(text(digest)).contains("is due soon", "is overdue", ref.value(), "https://practice-review.example.org/tasks")
                    .as("the agency's request told them it was waiting").doesNotContain("is waiting for you");
        });
        assertThat(health).extracting(MailDeliveryTests::subject).contains("Information request for case " + ref);
        assertThat(subjectsOfMailsTo(received, POLICE_USER_EMAIL)).as("one mail for each occasion to someone who did not choose the digest")
                .containsOnlyOnce("Information request for case " + ref, "Due soon: Provide agency summary, case " + ref,
                        "Overdue: Provide agency summary, case " + ref);
        assertThat(preferences.queueDigests()).as("nothing left for a second digest").isZero();
        assertThat(page("/account/email", as("mail.health"))).contains("One email each working day")
                .containsPattern("value=\"digest\"\\s+aria-describedby=\"taskEmails-2-hint\" checked");
    }

    /** The subject of each mail this address was sent, once (GreenMail keeps a copy of a mail for each of its addresses). */
    private static List<String> subjectsOfMailsTo(List<MimeMessage> received, String address) {
        return new ArrayList<>(received.stream().filter(m -> to(m).contains(address)).collect(java.util.stream.Collectors.toMap(
                MailDeliveryTests::messageId, MailDeliveryTests::subject, (x, y) -> x, java.util.LinkedHashMap::new)).values());
    }

    private static String failedBanner(long failed) {
        return failed == 1 ? "1 notice has failed and was not sent" : failed + " notices have failed and were not sent";
    }

    /** The PRG report PDF of the days around this one, as its text reads (whitespace made single spaces). */
    private String prgReportText(LocalDate day) throws Exception {
        LocalDate from = day.minusDays(1);
        LocalDate to = day.plusDays(1);
        byte[] pdf = mvc.perform(get("/reports/prg").with(as("mail.coordinator"))
                        .param("from-day", String.valueOf(from.getDayOfMonth())).param("from-month", String.valueOf(from.getMonthValue()))
                        .param("from-year", String.valueOf(from.getYear())).param("to-day", String.valueOf(to.getDayOfMonth()))
                        .param("to-month", String.valueOf(to.getMonthValue())).param("to-year", String.valueOf(to.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Map<String, DeadlineStatus> panelNotices(LocalDate screenedOn) {
        return context.getBean(PrgCases.class).consideredBetween(screenedOn.minusDays(1), screenedOn.plusDays(1), ref -> null)
                .stream().collect(java.util.stream.Collectors.toMap(c -> c.reference().value(), PrgCase::nationalPanelNotice));
    }

    private List<String> sentEvents(Notification n) {
        return jdbc.sql("select details from trail_event where action = 'NOTIFICATION_SENT' and details like ?")
                .param("notification " + n.id() + ";%").query(String.class).list();
    }

    private Notification reread(Notification n) {
        return notifications.newestFirst(false, org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .filter(x -> x.id().equals(n.id())).findFirst().orElseThrow();
    }

    private List<String> expectedAddresses(Notification n) {
        return switch (n.recipient()) {
            case "agency:NORTHSHIRE_POLICE" -> List.of(POLICE_MAILBOX, POLICE_USER_EMAIL);
            case "agency:NORTHSHIRE_HEALTH" -> List.of(HEALTH_USER_EMAIL);
            default -> {
                assertThat(n.recipient()).as("a plain address").contains("@");
                yield List.of(n.recipient());
            }
        };
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> to(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    static String html(MimeMessage m) {
        return part(m, "text/html");
    }

    private static String part(Part p, String type) {
        try {
            if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p.getContent().toString();
            }
            if (p.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) p.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    String found = part(parts.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> attachments(Part p) {
        try {
            List<String> types = new ArrayList<>();
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                types.add(p.getContentType().split(";")[0].trim().toLowerCase());
            } else if (p.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) p.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    types.addAll(attachments(parts.getBodyPart(i)));
                }
            }
            return types;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
