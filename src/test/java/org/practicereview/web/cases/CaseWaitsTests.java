package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No wait without a way out: the coordinator withdraws an agency's task or closes the report round, the
 * chair chooses and replaces the lead reviewer, the coordinator reassigns a task; each with its reason,
 * in the trail and on the case page.
 */
@IntegrationTest
class CaseWaitsTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired Trail trail;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    private String page(CaseReference ref, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse post(String path, String user, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf()).with(world.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<TrailEntry> events(CaseReference ref, TrailAction action) {
        return trail.forCase(ref).stream().filter(e -> e.is(action)).toList();
    }

    private CaseReference roundAskingHealthAndSocialCare() {
        CaseReference ref = world.referral();
        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        world.complete(ref, "Task_RequestAgencyInformation", world.coordinator,
                Map.of("agencies", List.of("NORTHSHIRE_HEALTH", "NORTHSHIRE_CSC")));
        return ref;
    }

    private Task summaryOf(CaseReference ref, String agencyGroup) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey("Task_ProvideAgencySummary")
                .taskCandidateGroup(agencyGroup).singleResult();
    }

    @Test
    void theCoordinatorWithdrawsOneAgencysSummaryWithAReasonAndTheRoundWaitsOnlyForTheOther() throws Exception {
        CaseReference ref = roundAskingHealthAndSocialCare();
        Task health = summaryOf(ref, "agency:NORTHSHIRE_HEALTH");
        String path = "/cases/" + ref.value() + "/tasks/" + health.getId() + "/withdraw";
        assertThat(page(ref, world.coordinator)).contains(path);
        assertThat(page(ref, world.member)).doesNotContain("/withdraw");

        String refused = post(path, world.coordinator, "reason", " ").getContentAsString();
        assertThat(refused).contains("<title>Error:", "There is a problem", "href=\"#reason\"", "Enter why the task is withdrawn");
        assertThat(summaryOf(ref, "agency:NORTHSHIRE_HEALTH")).as("still open").isNotNull();

        MockHttpServletResponse done = post(path, world.coordinator, "reason", "Health had no contact with the family");
        assertThat(done.getRedirectedUrl()).isEqualTo("/cases/" + ref.value());
        assertThat(summaryOf(ref, "agency:NORTHSHIRE_HEALTH")).as("gone from the agency's tasks").isNull();
        assertThat(summaryOf(ref, "agency:NORTHSHIRE_CSC")).as("the round goes on").isNotNull();
        assertThat(world.task(ref, "Task_ScreenAgainstCriteria")).isNull();
        assertThat(events(ref, TrailAction.AGENCY_TASK_WITHDRAWN)).singleElement().satisfies(e -> assertThat(e.details())
                .contains("Agency summary", "Northshire", "Health had no contact with the family").doesNotContain("NORTHSHIRE_"));
        assertThat(page(ref, world.coordinator)).contains("Withdrawn: Northshire", "Health had no contact with the family");

        world.complete(ref, "Task_ProvideAgencySummary", world.otherAgency, Map.of("involvementSummary", "One contact in 2026",
                "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        assertThat(world.task(ref, "Task_ScreenAgainstCriteria")).as("the last answer ends the round").isNotNull();
    }

    @Test
    void theCoordinatorClosesTheAgencyReportRoundWithAReasonAndTheReviewGoesOn() throws Exception {
        CaseReference ref = world.atReview();
        assertThat(world.task(ref, "Task_SubmitAgencyReport")).isNotNull();
        String path = "/cases/" + ref.value() + "/close-agency-report-round";
        assertThat(page(ref, world.coordinator)).contains(path);
        assertThat(page(ref, world.chair)).doesNotContain(path);

        String refused = post(path, world.coordinator, "reason", "").getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter why the round is closed");

        post(path, world.coordinator, "reason", "Health's report is covered by its summary and chronology");
        assertThat(world.task(ref, "Task_SubmitAgencyReport")).isNull();
        assertThat(world.task(ref, "Task_DraftReport").getAssignee()).isEqualTo(world.reviewer);
        assertThat(events(ref, TrailAction.AGENCY_REPORT_ROUND_CLOSED)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Northshire", "covered by its summary"));
        String html = page(ref, world.coordinator);
        assertThat(html).contains("Agency reports not received", "Round closed", "covered by its summary").doesNotContain(path);
    }

    @Test
    void theChairCannotAppointSomeoneWhoIsNotAnIndependentReviewer() {
        CaseReference ref = world.atChairsDecision();
        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.of("decisionOption", "INITIATE_SCR",
                "rationale", "Criteria met; the PRG recommends an SCR"));
        world.complete(ref, "Task_AgreeTermsOfReference", world.member, Map.of("periodFrom", "2025-01-01", "periodTo",
                "2025-12-31", "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "no"));
        String healthReviewer = "health-reviewer-" + System.nanoTime() % 100000;
        // A health professional who is also an accredited reviewer: an agency user with the REVIEWER role.
        users.create(new NewUser(healthReviewer, "Hana Health-Reviewer", null, Set.of(Role.AGENCY, Role.REVIEWER),
                "NORTHSHIRE_HEALTH", CaseWorld.PASSWORD));

        assertThatThrownBy(() -> world.complete(ref, "Task_AppointLeadReviewer", world.chair,
                Map.of("leadReviewer", healthReviewer, "independenceConfirmed", "yes")))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).contains("Hana Health-Reviewer works for Northshire",
                                "an agency involved in this case")));
        assertThatThrownBy(() -> world.complete(ref, "Task_AppointLeadReviewer", world.chair,
                Map.of("leadReviewer", world.referrer, "independenceConfirmed", "yes")))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.message()).isEqualTo("Select a lead reviewer from the list")));
        assertThat(world.task(ref, "Task_AppointLeadReviewer")).as("still open").isNotNull();
    }

    @Test
    void theChairReplacesTheLeadReviewerWithAReasonAndTheDraftMovesToTheNewOne() throws Exception {
        CaseReference ref = world.atReview();
        world.complete(ref, "Task_SubmitAgencyReport", world.referrer, Map.of("involvementSummary",
                "Three contacts with the family in 2025.", "analysis", "Referrals were not followed up.",
                "learning", "Escalate.", "filesSecured", "yes"));
        assertThat(world.task(ref, "Task_DraftReport").getAssignee()).isEqualTo(world.reviewer);
        String path = "/cases/" + ref.value() + "/lead-reviewer";
        assertThat(page(ref, world.chair)).contains(path);
        assertThat(page(ref, world.coordinator)).doesNotContain(path);
        assertThat(mvc.perform(get(path).with(world.as(world.chair))).andReturn().getResponse().getContentAsString())
                .contains("Test other-reviewer");

        String refused = post(path, world.chair, "assignee", world.reviewer, "reason", "").getContentAsString();
        assertThat(refused).contains("There is a problem", "Enter why the lead reviewer is replaced");

        post(path, world.chair, "assignee", world.otherReviewer, "reason", "The first reviewer has left the board's list");
        assertThat(world.task(ref, "Task_DraftReport").getAssignee()).isEqualTo(world.otherReviewer);
        assertThat(events(ref, TrailAction.LEAD_REVIEWER_REPLACED)).singleElement().satisfies(e -> assertThat(e.details())
                .contains("From Test reviewer to Test other-reviewer", "Draft report", "has left the board's list"));
        world.complete(ref, "Task_DraftReport", world.otherReviewer, Map.of("summaryOfFindings",
                "Agencies did not share what they knew; the neglect was seen by each but acted on by none."));
        assertThat(world.task(ref, "Task_QualityAssureReport")).isNotNull();
        assertThat(page(ref, world.chair)).contains("Lead reviewer replaced", "has left the board&#39;s list");
    }

    @Test
    void theNewLeadReviewerOpensTheDraftTheReplacedOneSavedSayingWhoseItIsAndWhen() throws Exception {
        CaseReference ref = world.atReview();
        world.complete(ref, "Task_SubmitAgencyReport", world.referrer, Map.of("involvementSummary",
                "Three contacts with the family in 2025.", "analysis", "Referrals were not followed up.",
                "learning", "Escalate.", "filesSecured", "yes"));
        String draftTask = "/tasks/" + world.task(ref, "Task_DraftReport").getId();
        String findingsSoFar = "Half-written findings: the concerns the school raised in March reached no other agency.";
        post(draftTask, world.reviewer, "summaryOfFindings", findingsSoFar, "action", "save");
        assertThat(taskPage(draftTask, world.reviewer)).contains(findingsSoFar, "These are the answers you saved on");

        post("/cases/" + ref.value() + "/lead-reviewer", world.chair, "assignee", world.otherReviewer,
                "reason", "The first reviewer has left the board's list");

        String newReviewersPage = taskPage(draftTask, world.otherReviewer);
        assertThat(newReviewersPage).contains(findingsSoFar,
                "This is the draft Test reviewer saved on " + GovDates.time(savedAt(draftTask)) + ", before this task was given to you.",
                "It has not been sent").doesNotContain("These are the answers you saved on");
        assertThat(mvc.perform(get(draftTask).with(world.as(world.reviewer))).andReturn().getResponse().getStatus())
                .as("the old lead reviewer no longer has the task or its draft").isEqualTo(404);
        assertThat(world.task(ref, "Task_QualityAssureReport")).as("nothing was sent").isNull();

        post(draftTask, world.otherReviewer, "summaryOfFindings", findingsSoFar + " Health saw the bruising.", "action", "save");
        assertThat(taskPage(draftTask, world.otherReviewer)).contains("These are the answers you saved on", "Health saw the bruising.")
                .doesNotContain("This is the draft Test reviewer saved");
    }

    private String taskPage(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private java.time.Instant savedAt(String taskPath) {
        String taskId = taskPath.substring(taskPath.lastIndexOf('/') + 1);
        return jdbc.sql("select saved_at from task_draft where task_id = ?").param(taskId)
                .query((rs, i) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
    }

    @Test
    void aDecisionNotToReviewIsFollowedUpAndTheCaseClosesOnlyWhenEveryActionIsDone() throws Exception {
        CaseReference ref = world.atChairsDecision();
        String due = java.time.LocalDate.now().plusMonths(2).toString();
        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.ofEntries(Map.entry("decisionOption", "NO_REVIEW"),
                Map.entry("noReviewFollowUp", List.of("DISSEMINATE_LEARNING", "IMMEDIATE_ACTION")),
                Map.entry("rationale", "The learning is known and can be shared now"),
                Map.entry("departureReason", "A thematic review of the same services is under way"),
                Map.entry("learningToShare", "A briefing on missed health appointments for every partner agency"),
                Map.entry("learningToShareFor", "NORTHSHIRE_HEALTH"), Map.entry("learningToShareDue", due),
                Map.entry("immediateAction", "Check the siblings' school attendance plans"),
                Map.entry("immediateActionFor", "NORTHSHIRE_CSC"), Map.entry("immediateActionDue", due)));

        String queue = mvc.perform(get("/tasks").with(world.as(world.coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(queue.split("Complete follow-up action", -1)).as("two follow-up tasks in the coordinator's queue").hasSize(3);
        String chairsView = page(ref, world.chair);
        assertThat(chairsView).contains("Follow-up action 1: Share the learning", "A briefing on missed health appointments",
                "Follow-up action 2: Take immediate action", "Check the siblings", "Not done yet", "Follow-up action created");
        assertThat(CasePageTests.section(chairsView, "decision")).as("agencies by name").doesNotContain("NORTHSHIRE_");
        assertThat(CasePageTests.value(chairsView, "Stage")).isEqualTo("Chair&#39;s decision");

        List<Task> actions = tasks.createTaskQuery().processInstanceBusinessKey(ref.value())
                .taskDefinitionKey("Task_CompleteFollowUpAction").orderByTaskId().asc().list();
        assertThat(actions).hasSize(2).allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());
        String refused = post("/tasks/" + actions.get(0).getId(), world.coordinator, "evidence", "Done").getContentAsString();
        assertThat(refused).contains("There is a problem");
        post("/tasks/" + actions.get(0).getId(), world.coordinator, "evidence", "Briefing sent to every partner's safeguarding lead");
        String coordinatorsView = page(ref, world.coordinator);
        assertThat(coordinatorsView).contains("Done on", "Briefing sent to every partner&#39;s safeguarding lead", "Not done yet");
        assertThat(CasePageTests.value(coordinatorsView, "Stage")).isEqualTo("Chair&#39;s decision");

        post("/tasks/" + actions.get(1).getId(), world.coordinator, "evidence", "Attendance plans checked for both siblings");
        String closed = page(ref, world.chair);
        assertThat(CasePageTests.value(closed, "Stage")).isEqualTo("Closed");
        assertThat(closed).contains("Attendance plans checked for both siblings").doesNotContain("Not done yet");
        assertThat(events(ref, TrailAction.FOLLOW_UP_ACTION_COMPLETED)).hasSize(2);
    }

    @Test
    void theCoordinatorReassignsATaskToAnotherPersonWhoMayDoItWithAReason() throws Exception {
        CaseReference ref = world.referral();
        String colleague = "coordinator-two-" + System.nanoTime() % 100000;
        users.create(new NewUser(colleague, "Cora Second-Coordinator", null, Set.of(Role.PRG_COORDINATOR), null, CaseWorld.PASSWORD));
        Task triage = world.task(ref, "Task_TriageReferral");
        String path = "/cases/" + ref.value() + "/tasks/" + triage.getId() + "/reassign";
        assertThat(page(ref, world.coordinator)).contains(path);
        String form = mvc.perform(get(path).with(world.as(world.coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Cora Second-Coordinator").doesNotContain("Test member");

        String refused = post(path, world.coordinator, "assignee", world.member, "reason", "").getContentAsString();
        assertThat(refused).contains("There is a problem", "Select the person to give the task to", "Enter why the task is given");
        assertThat(world.task(ref, "Task_TriageReferral").getAssignee()).isNull();

        post(path, world.coordinator, "assignee", colleague, "reason", "Annual leave this week");
        assertThat(world.task(ref, "Task_TriageReferral").getAssignee()).isEqualTo(colleague);
        assertThat(events(ref, TrailAction.TASK_REASSIGNED)).singleElement().satisfies(e -> assertThat(e.details())
                .contains("Triage referral", "Cora Second-Coordinator", "Annual leave this week"));
        assertThat(page(ref, world.coordinator)).contains("Task reassigned", "Annual leave this week");
        assertThat(mvc.perform(get(path).with(world.as(world.member))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
