package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every user task the diagrams hold, posted from its page as people post it, with each submission a
 * business rule refuses: nothing answered, by someone the task is not for, too early, and again once
 * done. Each is told in words (the form again with its error summary, or the queue with a message),
 * never with a server error; the list of tasks is read from the diagrams, so a new task is driven too.
 */
@IntegrationTest
class TaskRefusalsTests {

    private static final String GONE = TaskNotAvailableException.alreadyCompleted().getMessage();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserTasks userTasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired Users users;

    CaseWorld world;
    final Set<String> driven = new TreeSet<>();

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyTaskRefusesInWordsAndNeverWithAServerError() throws Exception {
        followUpADecisionNotToReview(world.atChairsDecision());
        CaseReference ref = world.referral();
        screenAndDecide(ref);
        runTheReview(ref);
        prepareThePack(ref);
        approvePublicationOnTheDayThePageSaid(ref);
        notifyASeriousIncident();
        rapidReview();

        assertThat(driven).as("every user task in processes/").containsExactlyInAnyOrderElementsOf(userTasksOfTheDiagrams());
    }

    /** The 2018 route's notification, started for a referral as case-review.bpmn does; its copy uploaded first. */
    private void notifyASeriousIncident() throws Exception {
        CaseReference ref = world.referral();
        runtime.startProcessInstanceByKey("serious-incident", ref.value(), Map.of("caseReference", ref.value()));
        String today = java.time.LocalDate.now(org.practicereview.shared.GovDates.UK).toString();
        step(ref, "Task_RecordAwareness", world.coordinator, map("becameAwareOn", today, "lookedAfterChild", "no",
                "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "yes", "childSeriouslyHarmed", "no", "whereHarmed", "IN_AREA"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/cases/" + ref.value() + "/serious-incident/notification-copy")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "notification.pdf", "application/pdf",
                        org.practicereview.documents.TestPdfs.withPages("Notification to the national panel")))
                .with(world.as(world.coordinator)).with(csrf()));
        step(ref, "Task_NotifyPanel", world.coordinator, map("panelNotifiedOn", today, "panelReference", "NP-2026-0001"));
    }

    private void screenAndDecide(CaseReference ref) throws Exception {
        step(ref, "Task_TriageReferral", world.coordinator, map("complete", "no", "inArea", "yes",
                "outcome", "MORE_INFORMATION", "questionsForReferrer", "Which school does the child attend?"));
        step(ref, "Task_ProvideMoreInformation", world.referrer, map("information", "Northtown Primary School."));
        step(ref, "Task_TriageReferral", world.coordinator, map("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        step(ref, "Task_RequestAgencyInformation", world.coordinator, map("agencies", List.of("NORTHSHIRE_HEALTH")));
        step(ref, "Task_ProvideAgencySummary", world.referrer, map("involvementSummary", "Two contacts in 2026",
                "chronology", "2026-01-05 home visit", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        step(ref, "Task_ScreenAgainstCriteria", world.member, map("abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no",
                "childSeriouslyHarmed", "yes", "definitiveEvidenceNoConcern", "no", "diedInCustodyOrDetention", "no",
                "diedDeprivedOfLibertyMca", "no", "learningNotes", "Information sharing"));
        step(ref, "Task_RecommendToChair", world.member, map("recommendation", "INITIATE_SCR", "rationale", "Criteria met",
                "likelyLearning", "Information sharing", "impact", "None"));
        step(ref, "Task_RecordScrDecision", world.chair, map("decisionOption", "INITIATE_SCR", "rationale", "Criteria met"));
    }

    private void followUpADecisionNotToReview(CaseReference ref) throws Exception {
        world.complete(ref, "Task_RecordScrDecision", world.chair, map("decisionOption", "NO_REVIEW",
                "noReviewFollowUp", List.of("DISSEMINATE_LEARNING"), "rationale", "The learning is known and can be shared now",
                "departureReason", "A thematic review of the same services is under way",
                "learningToShare", "A briefing on missed health appointments for every partner agency",
                "learningToShareFor", "NORTHSHIRE_HEALTH", "learningToShareDue", java.time.LocalDate.now().plusMonths(2).toString()));
        step(ref, "Task_CompleteFollowUpAction", world.coordinator, map("evidence", "Briefing sent to every partner's safeguarding lead"));
    }

    private void runTheReview(CaseReference ref) throws Exception {
        step(ref, "Task_AgreeTermsOfReference", world.member, map("periodFrom", "2024-01-01", "periodTo", "2026-01-31",
                "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "yes"));
        step(ref, "Task_AppointLeadReviewer", world.chair, map("leadReviewer", world.reviewer, "independenceConfirmed", "yes"));
        step(ref, "Task_SubmitAgencyReport", world.referrer, map("involvementSummary", "Two contacts with the family in 2025.",
                "analysis", "Concerns were not passed on.", "learning", "Share concerns early.", "filesSecured", "yes"));
        step(ref, "Task_RecordFamilyInvolvement", world.reviewer, map("participation", "PARTICIPATED",
                "involvementSummary", "The family met the reviewer twice."));
        step(ref, "Task_DraftReport", world.reviewer, map("summaryOfFindings",
                "Agencies held concerns about the child but did not share them with each other."));
        step(ref, "Task_QualityAssureReport", world.member, map("qaOutcome", "ACCEPTED"));
        step(ref, "Task_BoardSignOff", world.chair, map("meetingDate", "2026-11-20", "boardResponse",
                "The board accepts the findings and will monitor the action plan every quarter."));
        step(ref, "Task_AgreeActionPlan", world.coordinator, map("item1Recommendation", "Agree a joint protocol for sharing concerns.",
                "item1Scope", "MULTI_AGENCY", "item1OwnerAgency", "NORTHSHIRE_CSC", "item1DueDate", "2027-06-30"));
    }

    /** The first pack names the child, so the check finds it and the findings are resolved. */
    private void prepareThePack(CaseReference ref) throws Exception {
        Map<String, Object> pack = pack("Task_PreparePublicationPack");
        pack.put("briefing1Background", "Background of " + ReferralExamples.CHILD_NAME);
        step(ref, "Task_PreparePublicationPack", world.coordinator, pack);
        step(ref, "Task_ResolveAnonymisationFindings", world.coordinator, pack("Task_ResolveAnonymisationFindings"));
    }

    /**
     * The notice period's timer fired early (as after an administrator moved it): the approval is
     * refused with the date the task's page already showed, and accepted on that date.
     */
    private void approvePublicationOnTheDayThePageSaid(CaseReference ref) throws Exception {
        String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        management.createJobQuery().rootProcessInstanceId(root).activityId("IntermediateTimer_NoticePeriod").list()
                .forEach(job -> management.executeJob(job.getId()));
        String taskId = world.task(ref, "Task_ApprovePublication").getId();
        String page = mvc.perform(get("/tasks/" + taskId).with(world.as(world.chair))).andReturn().getResponse().getContentAsString();
        Matcher from = Pattern.compile("Publication possible from</dt>\\s*<dd[^>]*>\\s*([^<]+?)\\s*</dd>").matcher(page);
        assertThat(from.find()).as("the task's page shows when publication is possible").isTrue();

        MvcResult early = perform(taskId, "Task_ApprovePublication", world.chair, map("publicationApproved", "yes"));
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(errorSummary(early)).contains("You can approve publication from " + from.group(1));
        assertThat(world.task(ref, "Task_ApprovePublication")).as("still open").isNotNull();

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));
        step(ref, "Task_ApprovePublication", world.chair, map("publicationApproved", "yes"));
    }

    /** The 2018 route's rapid review, started as the route calls it: recorded, approved by each partner, the panel's answer. */
    private void rapidReview() throws Exception {
        ClockUtil.reset(); // back from publication's notice period to today
        CaseReference ref = world.referral();
        String today = LocalDate.now(GovDates.UK).toString();
        ProcessInstance rapidReview = runtime.startProcessInstanceByKey("rapid-review", ref.value(), Map.of(
                "caseReference", ref.value(), "regime", "CSPR_2018", "awarenessDate", today));
        step(ref, "Task_RecordRapidReview", world.coordinator, map("meetingDate", today,
                "facts", "Seen at the clinic twice.", "childContext", "Lives with the mother.",
                "actionForChild", "Child protection plan agreed.", "actionForOthers", "The sibling was seen and is safe.",
                "learning", "School and health did not share concerns.", "localReviewCriteria", List.of("RECURRENT_THEMES"),
                "outcome", "LCSPR", "rationale", "Agencies did not share what each knew."));
        for (Role partner : Role.PARTNERS) {
            String username = partner.name().toLowerCase(java.util.Locale.UK) + "-" + System.nanoTime() % 100000;
            users.create(new NewUser(username, "Test " + partner.label(), username + "@example.org", Set.of(partner), null,
                    CaseWorld.PASSWORD));
            String taskId = tasks.createTaskQuery().processInstanceId(rapidReview.getId())
                    .taskDefinitionKey("Task_ApproveRapidReview").taskCandidateGroup(partner.group()).singleResult().getId();
            step(taskId, "Task_ApproveRapidReview", username, map("approved", "yes"));
        }
        step(ref, "Task_RecordPanelResponse", world.coordinator, map("receivedOn", today, "panelResponse", "AGREES",
                "panelWords", "The panel agrees."));
    }

    /** Refused three ways, completed, then refused as already done: never a 5xx. */
    private void step(CaseReference ref, String key, String user, Map<String, Object> values) throws Exception {
        step(world.task(ref, key).getId(), key, user, values);
    }

    private void step(String taskId, String key, String user, Map<String, Object> values) throws Exception {
        FormDefinition form = userTasks.formOf(key);
        if (form.fields().stream().anyMatch(FormField::required)) {
            MvcResult nothing = perform(taskId, key, user, Map.of());
            assertThat(nothing.getResponse().getStatus()).as("%s with nothing answered", key).isEqualTo(200);
            assertThat(errorSummary(nothing)).as("%s with nothing answered", key).startsWith("There is a problem");
        }
        MvcResult notTheirs = perform(taskId, key, world.auditor, values);
        assertThat(notTheirs.getFlashMap().get("problem")).as("%s by someone it is not for", key).isEqualTo(GONE);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("%s still open", key).isEqualTo(1);

        MvcResult done = perform(taskId, key, user, values);
        assertThat(done.getFlashMap().get("success")).as("%s completed; errors: %s", key, errorSummary(done)).isNotNull();
        MvcResult again = perform(taskId, key, user, values);
        assertThat(again.getFlashMap().get("problem")).as("%s again", key).isEqualTo(GONE);
        driven.add(key);
    }

    private MvcResult perform(String taskId, String key, String user, Map<String, Object> values) throws Exception {
        FormDefinition form = userTasks.formOf(key);
        MockHttpServletRequestBuilder request = post("/tasks/" + taskId).with(world.as(user)).with(csrf());
        values.forEach((field, value) -> {
            boolean date = form.field(field).map(FormField::isDate).orElse(false);
            if (value instanceof List<?> list) {
                list.forEach(v -> request.param(field, v.toString()));
            } else if (date) {
                String[] parts = value.toString().split("-");
                request.param(field + "-year", parts[0]).param(field + "-month", parts[1]).param(field + "-day", parts[2]);
            } else {
                request.param(field, value.toString());
            }
        });
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as("POST /tasks/%s as %s", taskId, user).isLessThan(500);
        return result;
    }

    private static String errorSummary(MvcResult result) throws Exception {
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        return page.select(".govuk-error-summary").text();
    }

    /** Every free-text field of a pack task's form, a pseudonym, a review type, no parallel proceedings and a summary only. */
    private Map<String, Object> pack(String taskKey) {
        FormDefinition form = userTasks.formOf(taskKey);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if ((field.type() == FieldType.TEXTFIELD || field.type() == FieldType.TEXTAREA) && field.rules().pattern() == null) {
                values.put(field.key(), "Agencies did not share what each knew.");
            }
        }
        values.put("pseudonym", "Child Zephyrine");
        values.put("reviewType", "SCR");
        if (form.hasField("proceedingsOpen")) {
            values.put("proceedingsOpen", "no");
        }
        if (form.hasField("summaryOnly")) {
            values.put("summaryOnly", "yes"); // no report is uploaded here: the free text above is the reason
        }
        return values;
    }

    private static Set<String> userTasksOfTheDiagrams() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Resource diagram : new PathMatchingResourcePatternResolver().getResources("classpath*:*.bpmn")) {
            try (InputStream in = diagram.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class).forEach(t -> keys.add(t.getId()));
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        return keys;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
