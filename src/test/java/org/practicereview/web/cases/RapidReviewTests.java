package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.StoredDocument;
import org.practicereview.documents.TestPdfs;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.settings.SettingsChange;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A rapid review on the 2018 route, through its task pages and services as the business unit and the three safeguarding
 * partners do it: refused plainly when the rationale is missing (nothing stored), sent back by the police partner with
 * the reason beside the returned form, approved by all three, sent to the national panel as a PDF, and the panel's
 * agreement commissioning the local review from the day the last partner approved. The case page shows it all to a
 * partner and nothing of it to an agency.
 */
@IntegrationTest
class RapidReviewTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired UserTasks userTasks;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired Trail trail;
    @Autowired Notifications notifications;
    @Autowired CaseDocuments documents;
    @Autowired CaseFile caseFile;
    @Autowired BoardSettings settings;

    static final String PANEL_REFERENCE = "NP-2026-4711";

    CaseWorld world;
    CaseReference ref;
    ProcessInstance rapidReview;
    Map<Role, String> partners = new HashMap<>();

    @BeforeEach
    void aSeriousIncidentNotifiedUnderThe2018Arrangements() {
        world = new CaseWorld(context);
        ref = world.referral();
        for (Role partner : Role.PARTNERS) {
            String username = partner.name().toLowerCase().replace('_', '-') + "-" + System.nanoTime() % 100000;
            users.create(new NewUser(username, "Test " + partner.label(), username + "@example.org", Set.of(partner), null,
                    CaseWorld.PASSWORD));
            partners.put(partner, username);
        }
        String today = LocalDate.now(GovDates.UK).toString();
        rapidReview = runtime.startProcessInstanceByKey("rapid-review", ref.value(), Map.of("caseReference", ref.value(),
                "regime", "CSPR_2018", "awarenessDate", today, "panelNotifiedDate", today));
    }

    @Test
    void thePartnersApproveTheRapidReviewItGoesToThePanelAndItsAgreementCommissionsTheLocalReview() throws Exception {
        LocalDate aware = LocalDate.now(GovDates.UK).minusDays(1);
        notifiedToThePanel(aware, PANEL_REFERENCE);
        String record = world.task(ref, "Task_RecordRapidReview").getId();
        MockHttpServletRequestBuilder withoutRationale = post("/tasks/" + record).with(world.as(world.coordinator)).with(csrf());
        recordValues("").forEach((k, v) -> withoutRationale.param(k, v.toString()));
        Document refused = page(withoutRationale);
        assertThat(refused.select(".govuk-error-summary").text()).contains("There is a problem",
                "Enter the rationale for the partners' decision");
        assertThat(refused.select("#facts").text()).isEqualTo("Seen at the clinic twice; not seen at school for three weeks.");
        assertThat(jdbc.sql("select count(*) from rapid_review where case_reference = ?").param(ref.value()).query(Long.class).single()).isZero();

        world.complete(ref, "Task_RecordRapidReview", world.coordinator, recordForService("Agencies did not share concerns"));
        answer(Role.PARTNER_LOCAL_AUTHORITY, "yes", null);
        answer(Role.PARTNER_ICB, "yes", null);
        answer(Role.PARTNER_POLICE, "no", "The chronology leaves out the police call-out of 2 March");

        Document returned = page(get("/tasks/" + world.task(ref, "Task_RecordRapidReview").getId()).with(world.as(world.coordinator)));
        assertThat(returned.text()).contains("Why the rapid review came back",
                "Not approved by the police safeguarding partner", "The chronology leaves out the police call-out of 2 March");
        assertThat(returned.select("#facts").text()).isEqualTo("Seen at the clinic twice; not seen at school for three weeks.");
        assertThat(returned.select(".app-task-brief h2").eachText()).as("the business unit reads the version sent back first")
                .startsWith("Rapid review").containsSubsequence("Rapid review", "Serious incident notification", "Referral");

        Map<String, Object> again = recordForService("Agencies did not share concerns, as the police call-out shows");
        again.put("facts", "Seen at the clinic twice; police call-out on 2 March; not seen at school for three weeks.");
        world.complete(ref, "Task_RecordRapidReview", world.coordinator, again);
        Document approvalPage = page(get("/tasks/" + approvalTask(Role.PARTNER_ICB)).with(world.as(partners.get(Role.PARTNER_ICB))));
        String partnerBrief = TaskBriefTests.brief(approvalPage);
        assertThat(partnerBrief).contains("Rapid review, version 2", "police call-out on 2 March",
                "The case shows, or may show, themes that keep recurring in how children are safeguarded");
        assertThat(approvalPage.select(".app-task-brief h2").eachText()).as("the record first, then the notification, then the referral")
                .containsSubsequence("Rapid review", "Serious incident notification", "Referral");
        assertThat(approvalPage.select(".app-task-brief h3").eachText()).as("the version to approve before the earlier one")
                .startsWith("Rapid review, version 2").containsSubsequence("Rapid review, version 2",
                        "Rapid review, version 1 (replaced by version 2)");
        assertThat(partnerBrief.indexOf("police call-out on 2 March")).as("the record before the referral's account")
                .isLessThan(partnerBrief.indexOf(ReferralExamples.CHILD_NAME));
        assertThat(partnerBrief).as("the earlier refusal, who and why").contains(
                "Not approved by Test police safeguarding partner", "The chronology leaves out the police call-out of 2 March");
        assertThat(partnerBrief).as("the serious incident notification's facts").contains(
                "The local authority became aware on " + GovDates.day(aware), "Notified on " + GovDates.day(aware),
                "The panel's reference " + PANEL_REFERENCE, "Notify Ofsted and the Secretary of State No")
                .doesNotContain("IN_AREA", "CSPR_2018");
        var agencyOnApproval = mvc.perform(get("/tasks/" + approvalTask(Role.PARTNER_ICB)).with(world.as(world.referrer)))
                .andReturn().getResponse();
        assertThat(agencyOnApproval.getStatus()).as("an agency never opens a partner's approval").isIn(403, 404);
        assertThat(agencyOnApproval.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("police call-out on 2 March",
                PANEL_REFERENCE);
        for (Role partner : Role.PARTNERS) {
            answer(partner, "yes", null);
        }

        Notification notice = notifications.forCase(ref).stream().filter(n -> n.kind() == NotificationKind.RAPID_REVIEW_TO_PANEL)
                .findFirst().orElseThrow();
        assertThat(notice.subject()).isEqualTo("Rapid review: case " + ref);
        assertThat(notice.body()).contains("Commission a local child safeguarding practice review")
                .doesNotContain(ReferralExamples.CHILD_NAME);
        StoredDocument pdf = documents.latest(ref.value(), DocumentKind.RAPID_REVIEW).orElseThrow();
        try (PDDocument read = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Rapid review", "Case " + ref, "police call-out on 2 March",
                    "Police safeguarding partner", "Approved by the safeguarding partners").doesNotContain(ReferralExamples.CHILD_NAME);
            assertThat(read.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            for (var name : read.getPage(0).getResources().getFontNames()) {
                PDFont font = read.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }

        String response = world.task(ref, "Task_RecordPanelResponse").getId();
        Document responsePage = page(get("/tasks/" + response).with(world.as(world.coordinator)));
        assertThat(responsePage.select(".app-task-brief h2").eachText()).as("the rapid review the panel answers first")
                .startsWith("Rapid review").contains("Serious incident notification", "Notices");
        assertThat(TaskBriefTests.brief(responsePage)).contains("Sent to the national panel " + GovDates.day(LocalDate.now(GovDates.UK)),
                "The panel's reference " + PANEL_REFERENCE);
        LocalDate today = LocalDate.now(GovDates.UK);
        userTasks.complete(response, world.actor(world.coordinator), Map.of("receivedOn", today.toString(),
                "panelResponse", "AGREES", "panelWords", "The panel agrees that a local review is the right course."));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(rapidReview.getId()).count()).isZero();
        assertThat(outputs()).containsEntry("lcsprCommissioned", true).containsEntry("reviewType", "LCSPR")
                .containsEntry("decisionToInitiateDate", today.toString());
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details).contains(
                "approved by the local authority safeguarding partner", "not approved by the police safeguarding partner",
                "approved by the police safeguarding partner");

        Document casePage = page(get("/cases/" + ref.value()).with(world.as(partners.get(Role.PARTNER_POLICE))));
        String section = casePage.select("section[aria-labelledby=rapid-review]").text();
        assertThat(section).as("every answer of the rapid review's forms").contains(GovDates.day(today),
                "police call-out on 2 March", "Lives with the mother and a younger sibling; moved house twice this year.",
                "Child protection plan agreed on the day of the meeting.", "The sibling was seen and is safe.",
                "School and health did not share concerns.",
                "The case shows, or may show, themes that keep recurring in how children are safeguarded",
                "The case raises, or may raise, concerns about how well two or more organisations or agencies worked together",
                "Commission a local child safeguarding practice review", "Agencies did not share concerns, as the police call-out shows",
                "Approved by Test local authority safeguarding partner", "Approved by Test integrated care board safeguarding partner");
        assertThat(section).contains("Rapid review", "within the 15 working days", "Rapid review, version 2",
                "Not approved by Test police safeguarding partner", "The chronology leaves out the police call-out of 2 March",
                "The panel agrees with the partners' decision", "The panel agrees that a local review is the right course.");
        assertThat(casePage.select("section[aria-labelledby=rapid-review] a[href=/cases/" + ref.value() + "/documents/" + pdf.id() + "]")).hasSize(1);
        String download = "/cases/" + ref.value() + "/documents/" + pdf.id();
        var partnerDownload = mvc.perform(get(download).with(world.as(partners.get(Role.PARTNER_ICB)))).andReturn().getResponse();
        assertThat(partnerDownload.getStatus()).isEqualTo(200);
        assertThat(partnerDownload.getContentAsByteArray()).isEqualTo(pdf.content());
        assertThat(mvc.perform(get(download).with(world.as(world.referrer))).andReturn().getResponse().getStatus())
                .as("an agency never reads the partners' rapid review").isIn(403, 404);
        assertThat(caseFile.sections(world.actor(world.referrer), ref)).extracting(CaseFileSection::key)
                .doesNotContain("rapid-review");
    }

    @Test
    void aPartnerWhoDoesNotApproveMustSayWhyAndNothingIsStoredUntilTheyDo() throws Exception {
        world.complete(ref, "Task_RecordRapidReview", world.coordinator, recordForService("No local review needed"));
        String police = partners.get(Role.PARTNER_POLICE);

        Document refused = page(post("/tasks/" + approvalTask(Role.PARTNER_POLICE)).with(world.as(police))
                .with(csrf()).param("approved", "no"));

        assertThat(refused.select(".govuk-error-summary").text()).contains("Enter the reason the partner does not approve the rapid review");
        assertThat(jdbc.sql("select count(*) from rapid_review_approval where case_reference = ?").param(ref.value()).query(Long.class).single()).isZero();
    }

    @Test
    void aBoardThatCountsFromTheNotificationSetsItOnceAndThePanelsQuestionComesBackBesideTheRapidReview() throws Exception {
        assertThat(page(get("/admin/settings/edit").with(world.as(world.admin))).text()).contains(
                "When the rapid review's 15 working days start", "The day the local authority became aware of the incident",
                "The day the local authority notified the national panel");
        mvc.perform(post("/admin/settings/edit").with(world.as(world.admin)).with(csrf()).params(settingsWith("PANEL_NOTIFIED")));
        assertThat(settings.current().rapidReviewStart()).isEqualTo(RapidReviewStart.PANEL_NOTIFIED);
        assertThat(page(get("/admin/settings").with(world.as(world.admin))).text())
                .contains("The day the local authority notified the national panel");
        assertThat(jdbc.sql("select details from trail_event where action = 'BOARD_SETTINGS_CHANGED' order by seq desc "
                + "fetch first 1 rows only").query(String.class).single()).endsWith("changed: When the rapid review's 15 working days start");

        // Aware Fri 11 Dec 2026, panel notified Thu 17 Dec: 15 working days from the notification, past Christmas, Boxing
        // Day and New Year's Day, is Tue 12 Jan 2027.
        ProcessInstance counted = runtime.startProcessInstanceByKey("rapid-review", "PR-2026-9370", Map.of(
                "caseReference", "PR-2026-9370", "regime", "CSPR_2018", "awarenessDate", "2026-12-11",
                "panelNotifiedDate", "2026-12-17"));
        assertThat(tasks.createTaskQuery().processInstanceId(counted.getId()).singleResult().getDueDate().toInstant()
                .atZone(GovDates.UK).toLocalDateTime()).isEqualTo(LocalDate.of(2027, 1, 12).atTime(17, 0));

        world.complete(ref, "Task_RecordRapidReview", world.coordinator, recordForService("Agencies did not share concerns"));
        for (Role partner : Role.PARTNERS) {
            answer(partner, "yes", null);
        }
        userTasks.complete(world.task(ref, "Task_RecordPanelResponse").getId(), world.actor(world.coordinator), Map.of(
                "receivedOn", LocalDate.now(GovDates.UK).toString(), "panelResponse", "MORE_INFORMATION",
                "panelWords", "Please say what the school knew before the incident."));

        Document returned = page(get("/tasks/" + world.task(ref, "Task_RecordRapidReview").getId()).with(world.as(world.coordinator)));
        assertThat(returned.text()).contains("Why the rapid review came back", "The national panel asks for more information",
                "Please say what the school knew before the incident.");
        assertThat(returned.select("#rationale").text()).isEqualTo("Agencies did not share concerns");
    }

    /**
     * The serious incident notification the 2018 route makes before the rapid review: the awareness recorded, the copy
     * uploaded and the notification recorded with the panel's reference, as the local authority partner does it.
     */
    private void notifiedToThePanel(LocalDate aware, String reference) throws Exception {
        String localAuthority = partners.get(Role.PARTNER_LOCAL_AUTHORITY);
        runtime.startProcessInstanceByKey("serious-incident", ref.value(), Map.of("caseReference", ref.value(),
                "regime", "CSPR_2018"));
        world.complete(ref, "Task_RecordAwareness", localAuthority, Map.of("becameAwareOn", aware.toString(),
                "lookedAfterChild", "no", "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no",
                "childSeriouslyHarmed", "yes", "whereHarmed", "IN_AREA"));
        mvc.perform(multipart("/cases/" + ref.value() + "/serious-incident/notification-copy")
                .file(new MockMultipartFile("file", "notification.pdf", "application/pdf",
                        TestPdfs.withPages("Notification to the national panel")))
                .with(world.as(localAuthority)).with(csrf()));
        world.complete(ref, "Task_NotifyPanel", localAuthority, Map.of("panelNotifiedOn", aware.toString(),
                "panelReference", reference));
    }

    private MultiValueMap<String, String> settingsWith(String rapidReviewStart) {
        SettingsChange c = settings.current().values();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("boardName", c.boardName());
        form.add("nationalPanelAddress", c.nationalPanelAddress());
        form.add("ofstedAddress", c.ofstedAddress());
        form.add("chairAddress", c.chairAddress() == null ? "" : c.chairAddress());
        form.add("businessUnitAddress", c.businessUnitAddress());
        form.add("boardMembersAddress", c.boardMembersAddress() == null ? "" : c.boardMembersAddress());
        form.add("region", c.region().name());
        form.add("agencySummaryWorkingDays", String.valueOf(c.agencySummaryWorkingDays()));
        form.add("decisionPeriodMonths", String.valueOf(c.decisionPeriodMonths()));
        form.add("noticePeriodWorkingDays", String.valueOf(c.noticePeriodWorkingDays()));
        form.add("triageWorkingDays", String.valueOf(c.targets().triage()));
        form.add("agencyRequestWorkingDays", String.valueOf(c.targets().agencyRequest()));
        form.add("screeningWorkingDays", String.valueOf(c.targets().screening()));
        form.add("recommendationWorkingDays", String.valueOf(c.targets().recommendation()));
        form.add("referrerReplyWorkingDays", String.valueOf(c.targets().referrerReply()));
        form.add("publicationWorkingDays", String.valueOf(c.targets().publication()));
        form.add("meetingQuorumMembers", String.valueOf(c.quorum().members()));
        form.add("meetingQuorumAgencies", String.valueOf(c.quorum().agencies()));
        form.add("surveyMonths", String.valueOf(c.survey().monthsAfterPublication()));
        form.add("surveyReminderWorkingDays", String.valueOf(c.survey().reminderWorkingDays()));
        form.add("rapidReviewStart", rapidReviewStart);
        return form;
    }

    private void answer(Role partner, String approved, String reason) {
        String username = partners.get(partner);
        Map<String, Object> values = new HashMap<>(Map.of("approved", approved));
        if (reason != null) {
            values.put("reason", reason);
        }
        userTasks.complete(approvalTask(partner), world.actor(username), values);
    }

    /** The approval task of one partner: the multi-instance task offered to that partner's role. */
    private String approvalTask(Role partner) {
        return tasks.createTaskQuery().processInstanceId(rapidReview.getId()).taskDefinitionKey("Task_ApproveRapidReview")
                .taskCandidateGroup(partner.group()).singleResult().getId();
    }

    private Map<String, Object> outputs() {
        Map<String, Object> out = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(rapidReview.getId()).list()) {
            out.put(v.getName(), v.getValue());
        }
        return out;
    }

    private Map<String, Object> recordValues(String rationale) {
        LocalDate today = LocalDate.now(GovDates.UK);
        Map<String, Object> values = new HashMap<>(Map.of(
                "meetingDate-day", String.valueOf(today.getDayOfMonth()), "meetingDate-month", String.valueOf(today.getMonthValue()),
                "meetingDate-year", String.valueOf(today.getYear()),
                "facts", "Seen at the clinic twice; not seen at school for three weeks.",
                "childContext", "Lives with the mother and a younger sibling; moved house twice this year.",
                "actionForChild", "Child protection plan agreed on the day of the meeting.",
                "actionForOthers", "The sibling was seen and is safe.", "learning", "School and health did not share concerns.",
                "localReviewCriteria", "RECURRENT_THEMES", "outcome", "LCSPR"));
        values.put("rationale", rationale);
        return values;
    }

    private Map<String, Object> recordForService(String rationale) {
        Map<String, Object> values = new HashMap<>(recordValues(rationale));
        values.keySet().removeIf(k -> k.startsWith("meetingDate-"));
        values.put("meetingDate", LocalDate.now(GovDates.UK).toString());
        values.put("localReviewCriteria", List.of("RECURRENT_THEMES", "AGENCIES_TOGETHER"));
        return values;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
