package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.TestPdfs;
import org.practicereview.publication.ReportUploads;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A brief beside every task (issue 14, item 2): each task page shows, beside its form, the facts
 * entered earlier that its decision needs; a returned draft and the findings to resolve open
 * pre-filled, with what sent them back above the form. Cases are taken there through the task
 * services as people would ({@link CaseWorld}), and the pages read as those people.
 */
@IntegrationTest
class TaskBriefTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired ReportUploads uploads;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;
    @Autowired org.practicereview.workflow.WorkingDays workingDays;
    @Autowired UserTasks userTasks;
    @Autowired List<CaseFileSections> providers;

    static final String FINDINGS_ONE = "Version one: the school did not hear of the hospital admission for a week";
    static final String FINDINGS_TWO = "Version two: with what the GP knew before January and when they knew it";

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void triageShowsTheWholeReferralBesideTheForm() throws Exception {
        CaseReference ref = world.referral();

        Document page = taskPage(ref, "Task_TriageReferral", world.coordinator);

        assertThat(brief(page)).contains(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME,
                ReferralExamples.MOTHER_NAME, "27 March 2019", "01632 960 001", "sam.referrer@health.example.org",
                "The child was admitted to hospital with injuries that the family could not explain.");

        // Triage is due on the board's target for it, in working days from the referral.
        var triage = world.task(ref, "Task_TriageReferral");
        String decisionDue = GovDates.day(triage.getDueDate().toInstant());
        assertThat(triage.getDueDate()).isBefore((Date) taskService.getVariable(triage.getId(), "decisionDue"));
        assertThat(page.select("#task-due").text())
                .isEqualTo("Due " + decisionDue + " (the board's target for triage)");
        Document queue = Jsoup.parse(mvc.perform(get("/tasks").with(world.as(world.coordinator))).andReturn().getResponse()
                .getContentAsString());
        assertThat(queue.select("tr:has(a[href=/tasks/" + triage.getId() + "])").text()).contains(decisionDue)
                .doesNotContain("No due date");
        assertThat(CasePageTests.section(casePage(ref, world.coordinator), "open-tasks")).contains(decisionDue);
    }

    @Test
    void screeningAndTheRecommendationShowTheReferralAndEveryAgencySummary() throws Exception {
        CaseReference ref = world.atAgencyRound();
        world.complete(ref, "Task_ProvideAgencySummary", world.referrer, Map.of("involvementSummary",
                "Health visitor saw the family twice in spring", "chronology", "2026-01-05 home visit",
                "filesSecured", "yes", "workingTogetherConcerns", "no"));

        assertThat(brief(taskPage(ref, "Task_ScreenAgainstCriteria", world.member)))
                .contains(ReferralExamples.CHILD_NAME, "Health visitor saw the family twice in spring", "2026-01-05 home visit");

        world.complete(ref, "Task_ScreenAgainstCriteria", world.member, screenedAsMet());
        String recommend = brief(taskPage(ref, "Task_RecommendToChair", world.member));
        assertThat(recommend).contains(ReferralExamples.CHILD_NAME, "Health visitor saw the family twice in spring",
                "The criteria for a serious case review are met", "Information sharing between school and health");
    }

    @Test
    void theChairsDecisionShowsTheResultInWordsTheRecommendationInFullAndTheAgencySummaries() throws Exception {
        CaseReference ref = world.atChairsDecision();

        Document page = taskPage(ref, "Task_RecordScrDecision", world.chair);

        assertThat(brief(page)).contains("The criteria for a serious case review are met",
                "Serious harm with concerns about working together", "Likely learning", "Information sharing",
                "Two contacts in 2026", "2026-01-05 home visit");
        assertThat(page.text()).doesNotContain("Rule_", "MET (", "INITIATE_SCR");

        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.of("decisionOption", "INITIATE_SCR",
                "rationale", "Criteria met; the PRG recommends an SCR"));
        assertThat(summary(taskPage(ref, "Task_AgreeTermsOfReference", world.member)))
                .as("no decision due once the chair has decided").doesNotContain("Chair's decision due");
    }

    @Test
    void qualityAssuranceReadsTheDraftAndAReturnedDraftOpensWithTheLastVersionAndTheComments() throws Exception {
        CaseReference ref = atDraft();
        String target = GovDates.day(world.task(ref, "Task_DraftReport").getDueDate().toInstant());
        assertThat(taskPage(ref, "Task_DraftReport", world.reviewer).select("#task-due").text())
                .isEqualTo("Due " + target + " (the review's six-month target)");
        assertThat(CasePageTests.section(casePage(ref, world.coordinator), "dates"))
                .contains("Six-month review target", target + " at 5pm");
        world.complete(ref, "Task_DraftReport", world.reviewer, Map.of("summaryOfFindings",
                FINDINGS_ONE));

        assertThat(brief(taskPage(ref, "Task_QualityAssureReport", world.member)))
                .contains(FINDINGS_ONE);

        world.complete(ref, "Task_QualityAssureReport", world.member, Map.of("qaOutcome", "RETURNED",
                "qaComments", "Add what the GP knew before January"));
        Document returned = taskPage(ref, "Task_DraftReport", world.reviewer);
        assertThat(returned.selectFirst("textarea[name=summaryOfFindings]").text())
                .isEqualTo(FINDINGS_ONE);
        assertThat(returned.selectFirst("textarea[name=changesSinceLastVersion]").text()).isEmpty();
        assertThat(aboveTheForm(returned)).contains("Returned by quality assurance", "Add what the GP knew before January");

        world.complete(ref, "Task_DraftReport", world.reviewer, Map.of("summaryOfFindings",
                FINDINGS_TWO, "changesSinceLastVersion", "Added the GP's records"));
        assertThat(brief(taskPage(ref, "Task_QualityAssureReport", world.member))).as("the draft and the earlier round")
                .contains(FINDINGS_TWO, "Add what the GP knew before January",
                        FINDINGS_ONE);
    }

    @Test
    void resolvingFindingsOpensWithThePackAndListsEachFindingAndApprovalLinksTheBriefingAndReports() throws Exception {
        CaseReference ref = atPublicationPack();
        uploads.upload(world.actor(world.coordinator), ref, DocumentKind.FINAL_REPORT, "final-report.pdf",
                TestPdfs.withPages("The review of Child Zephyrine."));
        String uploadsPage = "/cases/" + ref.value() + "/publication/uploads";
        Document packTask = taskPage(ref, "Task_PreparePublicationPack", world.coordinator);
        String packDue = GovDates.day(world.task(ref, "Task_PreparePublicationPack").getDueDate().toInstant());
        assertThat(packTask.select("#task-due").text()).isEqualTo(
                "Due " + packDue + " (the board's publication target, counted from the board's sign-off)");
        assertThat(aboveTheForm(packTask)).contains("Reports to publish", "Final report final-report.pdf",
                "Executive summary Not uploaded yet");
        assertThat(packTask.select("a[href=" + uploadsPage + "]").eachText())
                .containsExactly("Upload the final report and the executive summary (PDF)");
        Map<String, Object> pack = packValues();
        pack.put("briefing1Background", "Background of " + ReferralExamples.CHILD_NAME);
        world.complete(ref, "Task_PreparePublicationPack", world.coordinator, pack);

        String findingsPage = "/cases/" + ref.value() + "/publication/findings";
        for (String reader : List.of(world.coordinator, world.chair)) {
            Document casePage = Jsoup.parse(mvc.perform(get("/cases/" + ref.value()).with(world.as(reader)))
                    .andReturn().getResponse().getContentAsString());
            assertThat(casePage.select("#publication ~ dl a[href=" + findingsPage + "]").eachText()).as(reader)
                    .containsExactly("See the findings and the chair's override");
            assertThat(casePage.select("a[href=" + uploadsPage + "]")).as(reader)
                    .hasSize(reader.equals(world.coordinator) ? 1 : 0);
            assertThat(casePage.select("#open-tasks ~ table").text()).as(reader).contains("Resolve anonymisation findings",
                    packDue);
        }

        Document resolve = taskPage(ref, "Task_ResolveAnonymisationFindings", world.coordinator);
        assertThat(resolve.select("a[href=" + uploadsPage + "]")).isNotEmpty();
        assertThat(resolve.selectFirst("textarea[name=briefing2WhyItMatters]").text()).isEqualTo("Text of briefing2WhyItMatters");
        assertThat(resolve.selectFirst("input[name=pseudonym]").val()).isEqualTo("Child Zephyrine");
        String findings = aboveTheForm(resolve);
        assertThat(findings).contains("1 Background", "Name found: Background of [name]")
                .doesNotContain(ReferralExamples.CHILD_NAME);
        assertThat(resolve.select("a[href=/cases/" + ref.value() + "/publication/findings]")).isNotEmpty();

        pack.put("briefing1Background", "Background of the family");
        world.complete(ref, "Task_ResolveAnonymisationFindings", world.coordinator, pack);
        assertThat(CasePageTests.section(casePage(ref, world.chair), "dates"))
                .contains("Notice period ends: publication possible from");
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));
        String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        management.createJobQuery().rootProcessInstanceId(root).timers().executable().list()
                .forEach(job -> management.executeJob(job.getId()));

        Document approve = taskPage(ref, "Task_ApprovePublication", world.chair);
        assertThat(approve.select("a[href=/cases/" + ref.value() + "/publication/briefing]").text()).isEqualTo("Preview the briefing");
        assertThat(approve.select(".app-task-brief a[href^=/cases/" + ref.value() + "/documents/]").eachText())
                .contains("final-report.pdf");
    }

    @Test
    void anAgencyAnsweringARequestSeesWhoToLookForAndTheNoteButNeverAnotherAgencysAnswer() throws Exception {
        CaseReference ref = world.referral();
        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "yes", "inArea", "yes",
                "outcome", "ACCEPTED"));
        world.complete(ref, "Task_RequestAgencyInformation", world.coordinator, Map.of("agencies",
                List.of("NORTHSHIRE_HEALTH", "NORTHSHIRE_CSC"), "note", "Please look for A and E attendances since 2024"));
        String otherTask = taskFor(ref, "Task_ProvideAgencySummary", world.otherAgency);
        userTasks.complete(otherTask, world.actor(world.otherAgency), Map.of("involvementSummary",
                "Social care assessment closed in March", "chronology", "2026-03-02 assessment closed",
                "filesSecured", "yes", "workingTogetherConcerns", "no"));

        Document page = Jsoup.parse(mvc.perform(get("/tasks/" + taskFor(ref, "Task_ProvideAgencySummary", world.referrer))
                .with(world.as(world.referrer))).andReturn().getResponse().getContentAsString());

        assertThat(brief(page)).contains(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME, "27 March 2019",
                "1 Test Street", ReferralExamples.MOTHER_NAME, "1 May 1990",
                "10 January 2026 - admitted to hospital", "Please look for A and E attendances since 2024");
        assertThat(page.text()).as("another agency's answer and the account of what happened")
                .doesNotContain("Social care assessment closed in March", "2026-03-02 assessment closed",
                        "The child was admitted to hospital with injuries", "Sam Referrer");
    }

    @Test
    void anAgencyWritingItsReportSeesTheTermsOfReferenceButNeverThePrgsDeliberations() throws Exception {
        CaseReference ref = world.atReview();

        Document page = taskPage(ref, "Task_SubmitAgencyReport", world.referrer);

        assertThat(brief(page)).contains(ReferralExamples.CHILD_NAME, "1 January 2025", "31 December 2025",
                "How did agencies share information?");
        assertThat(page.text()).as("the PRG's screening, recommendation and the chair's decision")
                .doesNotContain("Information sharing between school and health",
                        "Serious harm with concerns about working together", "Criteria met; the PRG recommends an SCR",
                        "The criteria for a serious case review are met");
    }

    private String taskFor(CaseReference ref, String taskKey, String user) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(taskKey)
                .taskCandidateGroup(Actor.agencyGroup(world.actor(user).agencyCode()))
                .singleResult().getId();
    }

    @Test
    void everyProviderDeclaresTheKeysOfTheSectionsItReturnsSoABriefAsksTheRightOnes() {
        CaseReference ref = world.atReview();
        for (CaseFileSections provider : providers) {
            assertThat(provider.sectionsFor(world.actor(world.auditor), ref)).as(provider.getClass().getSimpleName())
                    .allSatisfy(section -> assertThat(provider.keys()).contains(section.key()));
        }
    }

    /** Terms agreed, lead reviewer appointed, the agency's report in: the reviewer drafts. */
    private CaseReference atDraft() {
        CaseReference ref = world.atReview();
        world.complete(ref, "Task_SubmitAgencyReport", world.referrer, Map.of("involvementSummary",
                "Two contacts with the family in 2026", "analysis", "Records were not shared with the school", "learning", "l", "agencyRecommendations", "r", "filesSecured", "yes"));
        return ref;
    }

    /** The review accepted, signed off and its action plan agreed: the coordinator prepares the pack. */
    @Test
    void publicationHeldForProceedingsShowsTheDateToCheckAgainOnTheCasePage() throws Exception {
        CaseReference ref = atPublicationPack();
        Map<String, Object> pack = packValues();
        java.time.LocalDate checkBy = java.time.LocalDate.now(org.practicereview.workflow.WorkingDays.UK).plusMonths(2);
        pack.put("proceedingsOpen", "yes");
        pack.put("checkProceedingsBy", checkBy.toString());
        world.complete(ref, "Task_PreparePublicationPack", world.coordinator, pack);

        for (String reader : List.of(world.coordinator, world.member, world.chair, world.auditor)) {
            assertThat(org.jsoup.parser.Parser.unescapeEntities(CasePageTests.section(casePage(ref, reader), "dates"), false))
                    .as(reader).contains("Publication held: business unit asked whether parallel proceedings have concluded")
                    .contains(GovDates.day(workingDays.onOrAfter(checkBy)));
        }
    }

    private CaseReference atPublicationPack() {
        CaseReference ref = atDraft();
        world.complete(ref, "Task_DraftReport", world.reviewer, Map.of("summaryOfFindings", FINDINGS_ONE));
        world.complete(ref, "Task_QualityAssureReport", world.member, Map.of("qaOutcome", "ACCEPTED"));
        world.complete(ref, "Task_BoardSignOff", world.chair, Map.of("meetingDate", "2026-11-20", "boardResponse",
                "The board accepts the findings and will track the action plan"));
        world.complete(ref, "Task_AgreeActionPlan", world.coordinator, Map.of("item1Recommendation", "r",
                "item1Scope", "MULTI_AGENCY", "item1OwnerAgency", "NORTHSHIRE_CSC", "item1DueDate", "2027-06-30",
                "item1Status", "IN_PROGRESS"));
        return ref;
    }

    private Map<String, Object> packValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : forms.get("prepare-publication-pack").fields()) {
            if ((field.type() == FieldType.TEXTFIELD || field.type() == FieldType.TEXTAREA) && field.rules().pattern() == null) {
                values.put(field.key(), "Text of " + field.key());
            }
        }
        values.put("pseudonym", "Child Zephyrine");
        values.put("reviewType", "SCR");
        values.put("proceedingsOpen", "no");
        return values;
    }

    private static Map<String, Object> screenedAsMet() {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String fact : List.of("childDied", "definitiveEvidenceNoConcern", "diedInCustodyOrDetention",
                "diedDeprivedOfLibertyMca")) {
            facts.put(fact, "no");
        }
        facts.put("abuseOrNeglectKnownOrSuspected", "yes");
        facts.put("childSeriouslyHarmed", "yes");
        facts.put("learningNotes", "Information sharing between school and health");
        return facts;
    }

    private String casePage(CaseReference ref, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private Document taskPage(CaseReference ref, String taskKey, String user) throws Exception {
        String id = world.task(ref, taskKey).getId();
        MockHttpServletResponse response = mvc.perform(get("/tasks/" + id).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s for %s", taskKey, user).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The case file sections beside the form. */
    static String brief(Document page) {
        return page.select(".app-task-brief").text();
    }

    /** What is said between the heading and the form: why the task came back. */
    static String aboveTheForm(Document page) {
        return page.select(".govuk-grid-column-two-thirds > section").text();
    }

    /** The short case summary beside the form. */
    static String summary(Document page) {
        return page.select(".govuk-grid-column-one-third > dl").text();
    }
}
