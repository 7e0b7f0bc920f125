package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormField;
import org.practicereview.workflow.Forms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * No write-only field (issue 14): a case is taken from referral to publication with a marker in
 * every free-text field of every form on the way, and every answer (markers, chosen options in words,
 * dates as "27 March 2019") must be on the case page for the PRG and the auditor. The fields of those
 * forms that this journey leaves empty are listed, with the reason, in {@link #NOT_ANSWERED}; a field
 * added to a form fails the test until it is answered here or listed there.
 */
@IntegrationTest
class CaseFileTests {

    private static final String FOLLOW_UP = "only when no review follows; CaseWaitsTests shows the follow-up actions "
            + "and their evidence on the case page";

    private static final String LOCAL_REVIEW = "only for a local child safeguarding practice review, not this SCR";

    private static final String NOTIFICATION = "only on the 2018 route's serious incident notification, not this SCR; "
            + "SeriousIncidentNotificationTests shows every answer on the case page";
    private static final String RAPID_REVIEW = "only on the 2018 route's rapid review, not this SCR; RapidReviewTests shows "
            + "every answer in the case page's rapid review section";

    /** Fields (form id / key) the journey leaves empty, and why. Nothing entered is hidden from the PRG and the auditor. */
    static final Map<String, String> NOT_ANSWERED = Map.ofEntries(
            Map.entry("triage-referral/duplicateOf", "only when a referral is merged into an open case, which ends this case"),
            Map.entry("prepare-publication-pack/checkProceedingsBy", "only while parallel proceedings hold publication; "
                    + "TaskBriefTests shows it in the case page's dates while they do"),
            Map.entry("recommend-to-chair/recommendedReviewType", "only when another type of review is recommended"),
            Map.entry("record-scr-decision/reviewType", "only for another type of review; CasePageTests covers the other options"),
            Map.entry("record-scr-decision/noReviewFollowUp", "only when no review follows; CasePageTests shows it"),
            Map.entry("record-scr-decision/departureReason", "only when the decision departs; CasePageTests shows it"),
            Map.entry("record-scr-decision/learningToShare", FOLLOW_UP),
            Map.entry("record-scr-decision/learningToShareFor", FOLLOW_UP),
            Map.entry("record-scr-decision/learningToShareDue", FOLLOW_UP),
            Map.entry("record-scr-decision/immediateAction", FOLLOW_UP),
            Map.entry("record-scr-decision/immediateActionFor", FOLLOW_UP),
            Map.entry("record-scr-decision/immediateActionDue", FOLLOW_UP),
            Map.entry("complete-follow-up-action/evidence", FOLLOW_UP),
            Map.entry("appoint-lead-reviewer/furtherReviewers", LOCAL_REVIEW + "; the case page names them in the review "
                    + "section (FurtherReviewersTests)"),
            Map.entry("draft-report/recommendedImprovements", LOCAL_REVIEW + ", whose drafts need it (LocalReviewReportTests)"),
            Map.entry("draft-report/systemicReasons", LOCAL_REVIEW + ", whose drafts need it (LocalReviewReportTests)"),
            Map.entry("prepare-publication-pack/reportSentToPanelOn", LOCAL_REVIEW + "; the publication section shows it "
                    + "(LocalReviewPublicationTests)"),
            Map.entry("record-awareness/becameAwareOn", NOTIFICATION),
            Map.entry("record-awareness/lookedAfterChild", NOTIFICATION),
            Map.entry("record-awareness/abuseOrNeglectKnownOrSuspected", NOTIFICATION),
            Map.entry("record-awareness/childDied", NOTIFICATION),
            Map.entry("record-awareness/childSeriouslyHarmed", NOTIFICATION),
            Map.entry("record-awareness/whereHarmed", NOTIFICATION),
            Map.entry("notify-panel/panelNotifiedOn", NOTIFICATION),
            Map.entry("notify-panel/panelReference", NOTIFICATION),
            Map.entry("record-rapid-review/meetingDate", RAPID_REVIEW),
            Map.entry("record-rapid-review/facts", RAPID_REVIEW),
            Map.entry("record-rapid-review/childContext", RAPID_REVIEW),
            Map.entry("record-rapid-review/actionForChild", RAPID_REVIEW),
            Map.entry("record-rapid-review/actionForOthers", RAPID_REVIEW),
            Map.entry("record-rapid-review/learning", RAPID_REVIEW),
            Map.entry("record-rapid-review/localReviewCriteria", RAPID_REVIEW),
            Map.entry("record-rapid-review/outcome", RAPID_REVIEW),
            Map.entry("record-rapid-review/partnersRecommendLocal", RAPID_REVIEW),
            Map.entry("record-rapid-review/rationale", RAPID_REVIEW),
            Map.entry("approve-rapid-review/approved", RAPID_REVIEW),
            Map.entry("approve-rapid-review/reason", RAPID_REVIEW),
            Map.entry("record-panel-response/receivedOn", RAPID_REVIEW),
            Map.entry("record-panel-response/panelResponse", RAPID_REVIEW),
            Map.entry("record-panel-response/panelWords", RAPID_REVIEW),
            Map.entry("withdraw-question/reason", "only when the coordinator withdraws the questions to the referrer, which this "
                    + "journey answers; ReferralApiAnswerTests shows the reason on the case page"));

    /** The publication pack's forms: their answers are the only ones the public may read once published. */
    static final Set<String> PACK_FORMS = Set.of("prepare-publication-pack", "resolve-anonymisation-findings");

    /** Answers outside the pack that are published with it: the board's written response to the review. */
    static final Set<String> PUBLISHED_WITH_THE_PACK = Set.of("board-sign-off/boardResponse");

    /** Fields that hold a code or an account, not free text: the page names them (agency names, user ids). */
    static final Set<String> CODES = Set.of("agencyCode", "leadReviewer", "item1OwnerAgency", "duplicateOf");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Forms forms;
    @Autowired Agencies agencies;
    @Autowired Users users;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    CaseWorld world;
    int markers;
    final Set<String> expected = new LinkedHashSet<>();
    final Set<String> answered = new LinkedHashSet<>();
    final Set<String> packMarkers = new LinkedHashSet<>();
    final Set<String> publishedWithThePack = new LinkedHashSet<>();
    final List<String> childNames = new ArrayList<>();

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyAnswerFromReferralToPublicationIsOnTheCasePageForThePrgAndTheAuditorAndOnlyThePackIsPublished() throws Exception {
        CaseReference ref = referral();
        complete(ref, "Task_TriageReferral", world.coordinator, "triage-referral", map("complete", "yes", "inArea", "yes",
                "outcome", "MORE_INFORMATION", "questionsForReferrer", "q"));
        complete(ref, "Task_ProvideMoreInformation", world.referrer, "provide-more-information", map("information", "i"));
        complete(ref, "Task_TriageReferral", world.coordinator, "triage-referral", map("complete", "yes", "inArea", "yes",
                "outcome", "ACCEPTED", "notes", "n"));
        complete(ref, "Task_RequestAgencyInformation", world.coordinator, "request-agency-information",
                map("agencies", List.of("NORTHSHIRE_HEALTH"), "note", "n"));
        complete(ref, "Task_ProvideAgencySummary", world.referrer, "provide-agency-summary", map("involvementSummary", "s",
                "chronology", "c", "filesSecured", "yes", "workingTogetherConcerns", "yes", "concernsDetails", "d"));
        complete(ref, "Task_ScreenAgainstCriteria", world.member, "screen-against-criteria", map(
                "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no", "childSeriouslyHarmed", "yes",
                "definitiveEvidenceNoConcern", "no", "diedInCustodyOrDetention", "no", "diedDeprivedOfLibertyMca", "no",
                "learningNotes", "l"));
        complete(ref, "Task_RecommendToChair", world.member, "recommend-to-chair", map("recommendation", "INITIATE_SCR",
                "rationale", "r", "likelyLearning", "l", "parallelProcesses", "p", "impact", "i"));
        complete(ref, "Task_RecordScrDecision", world.chair, "record-scr-decision", map("decisionOption", "INITIATE_SCR",
                "rationale", "r"));
        runTheReview(ref);
        String findings = publishWithFindingsResolved(ref);
        assertThat(findings).contains("Open anonymisation findings", "1 Background", "name found: Background of [name]")
                .doesNotContain(childNames.get(0) + "<");
        assertThat(answered).as("every field of the journey's forms is answered or listed in NOT_ANSWERED")
                .containsAll(fieldsToAnswer());

        for (String viewer : List.of(world.coordinator, world.member, world.chair, world.auditor)) {
            String page = casePage(ref, viewer);
            assertThat(expected).as("answers missing from the case page of %s", viewer)
                    .allSatisfy(answer -> assertThat(page).contains(HtmlUtils.htmlEscape(answer)));
        }
        assertThat(mvc.perform(get("/cases/" + ref.value()).with(world.as(world.otherAgency))).andReturn()
                .getResponse().getStatus()).as("another agency's user").isEqualTo(404);
        String published = mvc.perform(get("/learning-from-reviews/" + ref.value())).andReturn().getResponse().getContentAsString();
        assertThat(published).as("the public page shows the pack's catalogue entry")
                .contains(packMarkers.stream().filter(m -> m.contains("catalogueSummary")).findFirst().orElseThrow());
        assertThat(expected.stream().filter(e -> e.startsWith("mk") && !packMarkers.contains(e) && !publishedWithThePack.contains(e)))
                .as("nothing but the pack is published").noneMatch(published::contains);
    }

    /** The pack first names a child (the check finds it), then is resolved, held for the notice period, approved and published. */
    private String publishWithFindingsResolved(CaseReference ref) throws Exception {
        Map<String, Object> first = marked("prepare-publication-pack", packValues("prepare-publication-pack"));
        String dirty = "Background of " + childNames.get(0);
        expected.remove(first.put("briefing1Background", dirty));
        expected.add(dirty);
        packMarkers.clear();
        world.complete(ref, "Task_PreparePublicationPack", world.coordinator, first);
        String findings = CasePageTests.section(casePage(ref, world.auditor), "publication");
        complete(ref, "Task_ResolveAnonymisationFindings", world.coordinator, "resolve-anonymisation-findings",
                packValues("resolve-anonymisation-findings"));
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))));
        String root = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        management.createJobQuery().rootProcessInstanceId(root).timers().executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        complete(ref, "Task_ApprovePublication", world.chair, "approve-publication", map("publicationApproved", "yes",
                "approvalComments", "c"));
        return findings;
    }

    /**
     * Every text field of a pack form given (the markers replace them), a pseudonym (letters only), a review type, no
     * parallel proceedings, and a summary only (with its reason) where the form asks.
     */
    private Map<String, Object> packValues(String formId) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : forms.get(formId).fields()) {
            if (isFreeText(field)) {
                values.put(field.key(), "x");
            }
        }
        values.put("pseudonym", "Child Zephyrine");
        values.put("reviewType", "SCR");
        if (forms.get(formId).hasField("proceedingsOpen")) {
            values.put("proceedingsOpen", "no");
        }
        if (forms.get(formId).hasField("summaryOnly")) {
            values.put("summaryOnly", "yes"); // no report is uploaded on this journey: its reason is one more marker
        }
        return values;
    }

    @Test
    void showsEachRunningClockWithItsDateAndNoLongerOnceItsStepIsDone() throws Exception {
        CaseReference ref = world.atChairsDecision();
        String waiting = CasePageTests.section(casePage(ref, world.auditor), "dates");
        assertThat(waiting).containsPattern("Chair&#39;s decision due</dt>\\s*<dd[^>]*>\\s*\\d{1,2} [A-Z][a-z]+ \\d{4} at 5pm");

        world.complete(ref, "Task_RecordScrDecision", world.chair, Map.of("decisionOption", "INITIATE_SCR", "rationale",
                "Criteria met; the PRG recommends an SCR"));

        String coordinator = casePage(ref, world.coordinator);
        assertThat(CasePageTests.section(coordinator, "dates")).contains("Six-month review target")
                .doesNotContain("Chair&#39;s decision due");
        assertThat(CasePageTests.section(coordinator, "decision")).contains("Was due");
    }

    @Test
    void listsTheDocumentsWithDownloadLinksForThoseTheDownloadLetsInAndEveryNotice() throws Exception {
        CaseReference ref = world.atReview();

        String documents = CasePageTests.section(casePage(ref, world.auditor), "documents");
        assertThat(documents).contains("Decision record", "href=\"/cases/" + ref.value() + "/documents/", "(PDF, ")
                .doesNotContain("No documents yet");
        String link = documents.substring(documents.indexOf("/cases/" + ref.value() + "/documents/"), documents.indexOf("\">", documents.indexOf("href=")));
        assertThat(mvc.perform(get(link).with(world.as(world.auditor))).andReturn().getResponse().getContentType())
                .isEqualTo("application/pdf");
        assertThat(casePage(ref, world.reviewer)).as("the lead reviewer may not download case documents")
                .doesNotContain("id=\"documents\"");

        String notices = CasePageTests.section(casePage(ref, world.chair), "notices");
        assertThat(notices).contains("Notice that a serious case review is initiated", "To: national panel", "To: Ofsted",
                "Request for agency information", "To: Northshire Health Trust", "Queued ");
    }

    private void runTheReview(CaseReference ref) {
        complete(ref, "Task_AgreeTermsOfReference", world.member, "agree-terms-of-reference", map("periodFrom", "2024-01-01",
                "periodTo", "2026-01-31", "keyLinesOfEnquiry", "k", "methodology", "OTHER", "otherMethodology", "o",
                "familyInvolvementPlanned", "yes"));
        complete(ref, "Task_AppointLeadReviewer", world.chair, "appoint-lead-reviewer", map("leadReviewer", world.reviewer,
                "independenceConfirmed", "yes"));
        complete(ref, "Task_SubmitAgencyReport", world.referrer, "submit-agency-report", map("involvementSummary", "s",
                "analysis", "a", "learning", "l", "agencyRecommendations", "r", "filesSecured", "yes"));
        complete(ref, "Task_RecordFamilyInvolvement", world.reviewer, "record-family-involvement", map(
                "participation", "PARTICIPATED", "contactedOn", "2026-02-03", "involvementSummary", "s"));
        complete(ref, "Task_DraftReport", world.reviewer, "draft-report", map("summaryOfFindings", "s"));
        complete(ref, "Task_QualityAssureReport", world.member, "quality-assure-report", map("qaOutcome", "RETURNED",
                "qaComments", "c"));
        complete(ref, "Task_DraftReport", world.reviewer, "draft-report", map("summaryOfFindings", "s",
                "changesSinceLastVersion", "c"));
        complete(ref, "Task_QualityAssureReport", world.member, "quality-assure-report", map("qaOutcome", "ACCEPTED"));
        complete(ref, "Task_BoardSignOff", world.chair, "board-sign-off", map("meetingDate", "2026-11-20",
                "boardResponse", "r"));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("item1Recommendation", "r");
        plan.put("item1Scope", "MULTI_AGENCY");
        plan.put("item1OwnerAgency", "NORTHSHIRE_CSC");
        plan.put("item1DueDate", "2027-06-30");
        plan.put("item1Status", "IN_PROGRESS");
        complete(ref, "Task_AgreeActionPlan", world.coordinator, "agree-action-plan", plan);
    }

    private CaseReference referral() {
        Map<String, Object> sections = new LinkedHashMap<>(ReferralExamples.wholeReferral());
        Map<String, Object> child = new HashMap<>(ReferralExamples.child());
        child.put("dateOfDeath", "2026-01-11");
        sections.put("referral-about-you", marked("referral-about-you", ReferralExamples.aboutYou()));
        sections.put("referral-child", List.of(marked("referral-child", child), marked("referral-child", ReferralExamples.child())));
        sections.put("referral-family-member", List.of(marked("referral-family-member", ReferralExamples.familyMember())));
        sections.put("referral-agency-involved", List.of(marked("referral-agency-involved", ReferralExamples.agency("NORTHSHIRE_CSC"))));
        for (String form : List.of("referral-circumstances", "referral-parallel-processes", "referral-purpose")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) sections.get(form);
            sections.put(form, marked(form, values));
        }
        return world.referral(sections);
    }

    private void complete(CaseReference ref, String task, String user, String form, Map<String, Object> values) {
        world.complete(ref, task, user, marked(form, values));
    }

    /**
     * The values with a unique marker in each free-text field; every value given is added to what the case
     * page must show, in the words a person reads.
     */
    private Map<String, Object> marked(String formId, Map<String, Object> values) {
        FormDefinition form = forms.get(formId);
        Map<String, Object> out = new LinkedHashMap<>(values);
        for (FormField field : form.fields()) {
            Object value = out.get(field.key());
            if (value == null) {
                continue;
            }
            answered.add(formId + "/" + field.key());
            if (isFreeText(field)) {
                value = marker(field);
                out.put(field.key(), value);
                if (PACK_FORMS.contains(formId)) {
                    packMarkers.add((String) value);
                }
                if (PUBLISHED_WITH_THE_PACK.contains(formId + "/" + field.key())) {
                    publishedWithThePack.add((String) value);
                }
                if (field.key().equals("childName")) {
                    childNames.add((String) value);
                }
            }
            for (Object one : value instanceof Collection<?> many ? many : List.of(value)) {
                expected.add(words(field, String.valueOf(one)));
            }
        }
        return out;
    }

    /** A marker no other answer contains, as long as the field asks for. */
    private String marker(FormField field) {
        StringBuilder marker = new StringBuilder(String.format("mk%03d %s", ++markers, field.key()));
        Integer min = field.rules().minLength();
        while (min != null && marker.length() < min) {
            marker.append(" and more");
        }
        return marker.toString();
    }

    private static boolean isFreeText(FormField field) {
        return (field.type() == FieldType.TEXTFIELD || field.type() == FieldType.TEXTAREA) && field.rules().pattern() == null
                && !CODES.contains(field.key());
    }

    private String words(FormField field, String value) {
        if (field.hasOptions()) {
            return field.optionLabel(value);
        }
        if (field.isDate()) {
            return GovDates.day(java.time.LocalDate.parse(value));
        }
        if (field.key().equals("leadReviewer")) {
            return users.nameOf(value); // people are named, never shown by their account name
        }
        boolean agency = field.key().equals("agencyCode") || field.key().equals("agencies") || field.key().endsWith("OwnerAgency");
        return agency ? agencies.nameOf(value) : value;
    }

    private Set<String> fieldsToAnswer() {
        Set<String> all = new LinkedHashSet<>();
        for (FormDefinition form : forms.all()) {
            for (FormField field : form.fields()) {
                String key = form.id() + "/" + field.key();
                boolean laterActionItem = form.id().equals("agree-action-plan") && !field.key().startsWith("item1");
                if (!NOT_ANSWERED.containsKey(key) && !laterActionItem) {
                    all.add(key);
                }
            }
        }
        return all;
    }

    private String casePage(CaseReference ref, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        return html;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
