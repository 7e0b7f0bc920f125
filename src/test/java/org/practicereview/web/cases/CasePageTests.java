package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.identity.Users;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What the case page shows to whom, that each view is in the trail, and the coordinator's actions. */
@IntegrationTest
class CasePageTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired Trail trail;
    @Autowired BoardSettings settings;
    @Autowired Users users;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    private String page(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The part of a page from the heading with this id to the next h2. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section %s is on the page", id).isNotNegative();
        int end = html.indexOf("<h2", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** The text of the summary-list value labelled so, tags removed and spaces collapsed. */
    static String value(String html, String label) {
        int key = html.indexOf(">" + label + "</dt>");
        assertThat(key).as("row %s is shown", label).isNotNegative();
        int start = html.indexOf(">", html.indexOf("<dd", key)) + 1;
        return html.substring(start, html.indexOf("</dd>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private List<TrailEntry> viewsOf(CaseReference ref) {
        return trail.forCase(ref).stream().filter(e -> e.is(TrailAction.CASE_VIEWED)).toList();
    }

    @Test
    void eachViewOfTheCasePageAppendsExactlyOneCaseViewedEventNamingTheViewer() throws Exception {
        CaseReference ref = world.referral();
        int before = viewsOf(ref).size();

        page("/cases/" + ref.value(), world.chair);

        List<TrailEntry> views = viewsOf(ref);
        assertThat(views).hasSize(before + 1);
        assertThat(views.get(views.size() - 1)).extracting(TrailEntry::actor, TrailEntry::role)
                .containsExactly(world.chair, "CHAIR");
        mvc.perform(get("/cases/" + ref.value()).with(world.as(world.otherReviewer)));
        assertThat(viewsOf(ref)).as("a refused view is not a view").hasSize(before + 1);
    }

    @Test
    void anOpenTaskIsLinkedForWhoeverMayActOnItAndNamedOnlyForEveryoneElse() throws Exception {
        CaseReference ref = world.referral();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(ref.value())
                .taskDefinitionKey("Task_TriageReferral").singleResult().getId();

        String coordinator = page("/cases/" + ref.value(), world.coordinator);
        String openTasks = section(coordinator, "open-tasks");
        assertThat(openTasks).contains("href=\"/tasks/" + triage + "\"", "Triage referral");

        String chair = page("/cases/" + ref.value(), world.chair);
        assertThat(section(chair, "open-tasks"))
                .contains("Triage referral", "PRG coordinator").doesNotContain("/tasks/");
    }

    @Test
    void thePrgReportIsInTheNavigationOfTheRolesThatMayReadItAndOfNoOther() throws Exception {
        for (String reader : List.of(world.coordinator, world.member, world.chair, world.auditor)) {
            assertThat(org.jsoup.Jsoup.parse(page("/cases", reader))
                    .select("nav a[href=/reports/prg]").eachText()).as(reader).containsExactly("PRG report");
            assertThat(page("/reports/prg", reader)).contains("PRG report");
        }
        for (String other : List.of(world.referrer, world.reviewer)) {
            String home = other.equals(world.referrer) ? "/my-referrals" : "/tasks";
            assertThat(org.jsoup.Jsoup.parse(page(home, other)).select("a[href=/reports/prg]")).as(other).isEmpty();
            assertThat(mvc.perform(get("/reports/prg").with(world.as(other))).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
        }
    }

    @Test
    void markupTypedIntoTheReferralIsShownAsText() throws Exception {
        Map<String, Object> circumstances = ReferralExamples.with(ReferralExamples.circumstances(), "narrative",
                "<script>alert('x')</script><b>bold</b> account of what happened to the child that day");
        CaseReference ref = world.referral(ReferralExamples.with(ReferralExamples.wholeReferral(),
                "referral-circumstances", circumstances));

        String html = page("/cases/" + ref.value(), world.coordinator);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; account of what")
                .doesNotContain("<script>alert", "<b>bold</b>");
    }

    @Test
    void theSummaryCountsTheChildrenAndTheReferralBelowNamesThemForThePrgChairAndAuditor() throws Exception {
        CaseReference ref = world.referral();

        String coordinator = page("/cases/" + ref.value(), world.coordinator);
        String summary = coordinator.substring(0, coordinator.indexOf("id=\"referral\""));
        assertThat(summary).contains("2 children", "Northshire Health Trust")
                .doesNotContain(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME, ReferralExamples.MOTHER_NAME);
        assertThat(section(coordinator, "referral")).contains(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME,
                ReferralExamples.MOTHER_NAME, "The child was admitted to hospital");
        assertThat(page("/cases/" + ref.value(), world.member)).contains(ReferralExamples.CHILD_NAME);
        assertThat(page("/cases/" + ref.value(), world.chair)).contains(ReferralExamples.CHILD_NAME);

        String auditor = page("/cases/" + ref.value(), world.auditor);
        assertThat(auditor).contains("2 children", "/audit/cases/" + ref.value());
        assertThat(section(auditor, "referral")).contains(ReferralExamples.CHILD_NAME, ReferralExamples.MOTHER_NAME,
                "The child was admitted to hospital");
        assertThat(coordinator).doesNotContain("/audit/cases/");
    }

    @Test
    void showsTheCriteriaResultRecommendationDecisionReviewAndProgress() throws Exception {
        CaseReference ref = world.atReview();

        String html = page("/cases/" + ref.value(), world.reviewer);

        assertThat(section(html, "screening")).contains("The criteria for a serious case review are met",
                "reg. 5(2)(b)(ii)", "Information sharing between school and health");
        assertThat(section(html, "recommendation")).contains("Initiate a serious case review",
                "Serious harm with concerns about working together", "Information sharing", "Made by Test member");
        assertThat(section(html, "decision")).contains("Initiate a serious case review", "Criteria met; the PRG recommends an SCR",
                "Departs from the criteria result");
        assertThat(value(section(html, "decision"), "Departs from the criteria result")).isEqualTo("No");
        assertThat(section(html, "review")).contains("Test reviewer", "SCIE Learning Together", "How did agencies share information?");
        assertThat(html).contains("Completed – reached", "In progress", ReferralExamples.CHILD_NAME);
        assertThat(html.substring(html.indexOf("id=\"referral\""), html.indexOf("id=\"trail\"")))
                .as("the case file speaks in words (the trail's details are the audit module's)")
                .doesNotContain("Rule_SeriousHarmWithConcern", "scr-criteria", "Initiate scr", "INITIATE_SCR");
        String trailSection = html.substring(html.indexOf("id=\"trail\""));
        assertThat(trailSection.indexOf("Task completed")).as("the trail is newest first")
                .isLessThan(trailSection.indexOf("Referral submitted"));
    }

    @Test
    void theChairsDecisionDeadlineSaysWhichBoardSettingsVersionItStartedUnderToThoseWhoDecide() throws Exception {
        CaseReference ref = world.atChairsDecision();
        int version = settings.clocksOf(ref).stream().filter(c -> c.clock() == DeadlineClock.CHAIR_DECISION)
                .findFirst().orElseThrow().settingsVersion();
        int months = settings.version(version).orElseThrow().decisionPeriodMonths();
        String period = "board settings version " + version + ", decision period " + months + (months == 1 ? " month" : " months");

        for (String decider : List.of(world.coordinator, world.chair, world.auditor)) {
            String dates = org.jsoup.parser.Parser.unescapeEntities(section(page("/cases/" + ref.value(), decider), "dates"), false);
            assertThat(value(dates, "Chair's decision due"))
                    .as("seen by %s", decider).endsWith(" — " + period).doesNotContain("P1M", "CHAIR_DECISION");
        }
        String referrersView = mvc.perform(get("/cases/" + ref.value()).with(world.as(world.referrer))).andReturn()
                .getResponse().getContentAsString();
        assertThat(referrersView).doesNotContain("board settings version");
    }

    @Test
    void whoActedIsNamedInWordsEvenAfterTheyHaveLeftNeverByTheirUsername() throws Exception {
        CaseReference ref = world.atReview();
        users.deactivate(world.referrer);
        users.deactivate(world.member);

        String html = page("/cases/" + ref.value(), world.coordinator);

        assertThat(section(html, "agency-information")).contains("Sent by Test referrer", "Asked by Test coordinator")
                .doesNotContain(world.referrer, world.coordinator);
        assertThat(section(html, "screening")).contains("Recorded by Test member").doesNotContain(world.member);
        assertThat(section(html, "recommendation")).contains("Made by Test member").doesNotContain(world.member);
        assertThat(section(html, "decision")).contains("by Test chair").doesNotContain(world.chair);
        assertThat(value(section(html, "review"), "Lead reviewer")).isEqualTo("Test reviewer");
        assertThat(section(html, "review")).doesNotContain(world.reviewer, world.member, world.chair);
        String trailSection = html.substring(html.indexOf("id=\"trail\""));
        assertThat(trailSection).contains("Test member", "Test referrer").doesNotContain(world.member, world.referrer);
    }

    @Test
    void aDecisionThatDepartsFromTheCriteriaResultIsFlagged() throws Exception {
        CaseReference ref = world.atChairsDecision();
        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.of("decisionOption", "NO_REVIEW",
                "noReviewFollowUp", List.of("DISSEMINATE_LEARNING"), "rationale", "Learning already known",
                "departureReason", "A review of the same services concluded last month",
                "learningToShare", "A briefing on missed appointments", "learningToShareFor", "NORTHSHIRE_HEALTH",
                "learningToShareDue", java.time.LocalDate.now().plusYears(1).toString()));

        String decision = section(page("/cases/" + ref.value(), world.auditor), "decision");
        assertThat(value(decision, "Your decision")).isEqualTo("No review: disseminate learning or take immediate action");
        assertThat(value(decision, "What follows the decision not to review")).isEqualTo("Disseminate the learning");
        assertThat(value(decision, "Departs from the criteria result")).isEqualTo("Yes");
        assertThat(value(decision, "Reason for departing from the criteria result"))
                .isEqualTo("A review of the same services concluded last month");
    }

    @Test
    void theCoordinatorClosesTheAgencyRoundEarlyGivingAReason() throws Exception {
        CaseReference ref = world.atAgencyRound();
        String path = "/cases/" + ref.value() + "/close-agency-round";
        assertThat(page("/cases/" + ref.value(), world.coordinator)).contains(path);
        assertThat(page("/cases/" + ref.value(), world.member)).doesNotContain(path);

        String refused = mvc.perform(post(path).with(csrf()).with(world.as(world.coordinator)).param("reason", "  "))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<title>Error:", "There is a problem", "href=\"#reason\"", "Enter why the round is closed early");
        assertThat(world.task(ref, "Task_ProvideAgencySummary")).as("still open").isNotNull();

        MockHttpServletResponse done = mvc.perform(post(path).with(csrf()).with(world.as(world.coordinator))
                .param("reason", "Health has confirmed it had no contact")).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/cases/" + ref.value());
        assertThat(world.task(ref, "Task_ScreenAgainstCriteria")).isNotNull();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.AGENCY_ROUND_CLOSED_EARLY);
        assertThat(page("/cases/" + ref.value(), world.coordinator)).doesNotContain(path);
    }

    @Test
    void proceedingsCannotBeRecordedAsConcludedWhilePublicationIsNotHeld() throws Exception {
        CaseReference ref = world.referral();
        String path = "/cases/" + ref.value() + "/proceedings-concluded";
        assertThat(page("/cases/" + ref.value(), world.coordinator)).doesNotContain(path);

        String unconfirmed = mvc.perform(post(path).with(csrf()).with(world.as(world.coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(unconfirmed).contains("There is a problem", "href=\"#confirmed\"");
        var result = mvc.perform(post(path).with(csrf()).with(world.as(world.coordinator)).param("confirmed", "yes")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + ref.value());
        assertThat(result.getFlashMap().get("problem")).asString().contains("not waiting for parallel proceedings");
    }

    @Test
    void anAgencyAnsweringARequestSeesTheReferenceAndWhatIsAskedNothingMoreAndNoLinkToTheCase() throws Exception {
        CaseReference ref = world.atAgencyRound();
        String taskPage = "/tasks/" + world.task(ref, "Task_ProvideAgencySummary").getId();

        String agency = page(taskPage, world.referrer);
        assertThat(agency).contains(ref.value(), "Asked of you", "a chronology", ReferralExamples.CHILD_NAME)
                .doesNotContain("/cases/" + ref.value(), "Purpose", "Criteria result", "2 children");

        String screening = "/tasks/" + world.task(world.atChairsDecision(), "Task_RecordScrDecision").getId();
        String chair = page(screening, world.chair);
        assertThat(chair).contains("Stage", "Chair&#39;s decision", "Consider a serious case review", "Criteria result",
                "The criteria for a serious case review are met", "Chair&#39;s decision due", "Open the case")
                .doesNotContain(ReferralExamples.CHILD_NAME, "Rule_");
    }
}
