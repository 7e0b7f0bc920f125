package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.decision.DecisionOption;
import org.practicereview.decision.Decisions;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.publication.PackStatus;
import org.practicereview.publication.Publications;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.review.CaseReviews;
import org.practicereview.screening.CriteriaResult;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.RandomSubmissions;

/**
 * One case from referral to publication, through the task services only (the test acts as the job
 * executor for the one timer it waits on), checking at each stage what the board would see: where the
 * case stands, the domain records, the kept submissions and the outbox.
 */
@IntegrationTest
class CaseLifecycleTests {

    private final Actor referrer = Actor.agencyUser("life.referrer", "NORTHSHIRE_HEALTH");
    private final Actor police = Actor.agencyUser("life.police", "NORTHSHIRE_POLICE");
    private final Actor socialCare = Actor.agencyUser("life.csc", "NORTHSHIRE_CSC");
    private final Actor coordinator = Actor.of("life.coordinator", Role.PRG_COORDINATOR);
    private final Actor member = Actor.of("life.member", Role.PRG_MEMBER);
    private final Actor chair = Actor.of("life.chair", Role.CHAIR);
    private final Actor reviewer = Actor.of("life.reviewer", Role.REVIEWER);

    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired MyReferrals myReferrals;
    @Autowired TaskInbox inbox;
    @Autowired UserTasks userTasks;
    @Autowired FormSubmissions submissions;
    @Autowired Notifications notifications;
    @Autowired Screenings screenings;
    @Autowired Decisions decisions;
    @Autowired CaseReviews reviews;
    @Autowired Publications publications;
    @Autowired org.practicereview.publication.ReportUploads uploads;
    @Autowired Trail trail;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    private CaseReference ref;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void takesACaseFromReferralToPublication() {
        ReferralExamples.registerDemoAgencies(agencies);
        ref = referrals.submitDirect(referrer, ReferralExamples.wholeReferral()).reference();
        assertThat(stage()).isEqualTo(Stage.TRIAGE);
        assertThat(formsKept()).contains("referral-about-you", "referral-child", "referral-purpose");
        assertThat(sent(NotificationKind.REFERRAL_ACKNOWLEDGEMENT)).hasSize(1);

        screenTheReferral();
        chairInitiatesAnScr();
        runTheReview();
        publish();

        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.REFERRAL_SUBMITTED, TrailAction.TASK_COMPLETED);
        assertThat(submissions.forCase(ref)).allSatisfy(s -> assertThat(s.submittedBy()).startsWith("life."));
        assertThat(history.createUserOperationLogQuery().operationType("Complete").list())
                .as("Camunda's own history names who completed each task")
                .extracting(e -> e.getUserId()).contains("life.coordinator", "life.police", "life.chair", "life.reviewer");
    }

    private void screenTheReferral() {
        complete(coordinator, "Task_TriageReferral", Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        assertThat(stage()).isEqualTo(Stage.AGENCY_INFORMATION);

        complete(coordinator, "Task_RequestAgencyInformation",
                Map.of("agencies", List.of("NORTHSHIRE_POLICE", "NORTHSHIRE_CSC"), "note", "Please send your chronology."));
        assertThat(sent(NotificationKind.AGENCY_INFORMATION_REQUEST)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("agency:NORTHSHIRE_POLICE", "agency:NORTHSHIRE_CSC");
        assertThat(inbox.forCase(police, ref)).singleElement()
                .satisfies(t -> assertThat(t.due()).isNotNull());

        for (Actor agency : List.of(police, socialCare)) {
            complete(agency, "Task_ProvideAgencySummary", Map.of("involvementSummary", "Known to the agency since 2024.",
                    "chronology", "2025: two contacts. 2026: admission.", "filesSecured", "yes", "workingTogetherConcerns", "no"));
        }
        assertThat(stage()).isEqualTo(Stage.SCREENING);

        complete(member, "Task_ScreenAgainstCriteria", Map.of("abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no",
                "childSeriouslyHarmed", "yes", "definitiveEvidenceNoConcern", "no", "diedInCustodyOrDetention", "no",
                "diedDeprivedOfLibertyMca", "no", "learningNotes", "Information sharing between school and health."));
        var screening = screenings.latest(ref).orElseThrow();
        assertThat(screening.result()).isEqualTo(CriteriaResult.MET);
        assertThat(screening.ruleId()).isEqualTo("Rule_SeriousHarmWithConcern");
        assertThat(screening.decisionVersion()).isPositive();

        complete(member, "Task_RecommendToChair", Map.of("recommendation", "INITIATE_SCR",
                "rationale", "The criteria are met.", "likelyLearning", "Sharing of concerns.", "impact", "Family to be offered a meeting."));
        assertThat(stage()).isEqualTo(Stage.DECISION);
    }

    private void chairInitiatesAnScr() {
        complete(chair, "Task_RecordScrDecision", Map.of("decisionOption", "INITIATE_SCR", "rationale", "Statutory criteria met."));
        var decision = decisions.latest(ref).orElseThrow();
        assertThat(decision.option()).isEqualTo(DecisionOption.INITIATE_SCR);
        assertThat(decision.departsFromCriteria()).isFalse();
        assertThat(decision.withinDeadline()).isTrue();
        assertThat(sent(NotificationKind.SCR_INITIATED_NOTICE)).extracting(Notification::recipient)
                .contains("national.panel@example.org", "ofsted.notifications@example.org");
        assertThat(sent(NotificationKind.DECISION_NOTICE)).extracting(Notification::recipient).contains("sam.referrer@health.example.org");
        assertThat(stage()).isEqualTo(Stage.REVIEW);
    }

    private void runTheReview() {
        complete(member, "Task_AgreeTermsOfReference", Map.of("periodFrom", "2024-01-01", "periodTo", "2026-01-31",
                "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "yes"));
        if (!users.exists(reviewer.userId())) {
            users.create(new NewUser(reviewer.userId(), "Life Reviewer", null, Set.of(Role.REVIEWER), null,
                    "correct horse battery staple"));
        }
        complete(chair, "Task_AppointLeadReviewer", Map.of("leadReviewer", reviewer.userId(), "independenceConfirmed", "yes"));
        complete(police, "Task_SubmitAgencyReport", agencyReport());
        complete(socialCare, "Task_SubmitAgencyReport", agencyReport());
        complete(reviewer, "Task_RecordFamilyInvolvement", Map.of("participation", "PARTICIPATED",
                "involvementSummary", "The family met the reviewer twice."));
        complete(reviewer, "Task_DraftReport", Map.of("summaryOfFindings",
                "Agencies held concerns about the child but did not share them with each other."));
        complete(member, "Task_QualityAssureReport", Map.of("qaOutcome", "RETURNED", "qaComments", "Say more about health."));
        complete(reviewer, "Task_DraftReport", Map.of("summaryOfFindings", "Agencies held concerns about the child but did not share them; health visits were missed.",
                "changesSinceLastVersion", "Added the health findings."));
        complete(member, "Task_QualityAssureReport", Map.of("qaOutcome", "ACCEPTED"));
        complete(chair, "Task_BoardSignOff", Map.of("meetingDate", "2026-11-20", "boardResponse",
                "The board accepts the findings and will monitor the action plan every quarter."));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("item1Recommendation", "Agree a joint protocol for sharing concerns.");
        plan.put("item1Scope", "MULTI_AGENCY");
        plan.put("item1OwnerAgency", "NORTHSHIRE_CSC");
        plan.put("item1DueDate", "2027-06-30");
        complete(coordinator, "Task_AgreeActionPlan", plan);

        var review = reviews.find(ref).orElseThrow();
        assertThat(review.leadReviewer()).isEqualTo(reviewer.userId());
        assertThat(review.qaRounds()).hasSize(2);
        assertThat(review.draftVersions()).isEqualTo(2);
        assertThat(review.signedOff()).isTrue();
        assertThat(review.actionPlan()).singleElement().satisfies(a -> assertThat(a.ownerAgency()).isEqualTo("NORTHSHIRE_CSC"));
        assertThat(stage()).isEqualTo(Stage.PUBLICATION);
    }

    private void publish() {
        uploads.upload(coordinator, ref, org.practicereview.documents.DocumentKind.FINAL_REPORT, "final-report.pdf",
                org.practicereview.documents.TestPdfs.withPages("Final report of the review.",
                        "Practitioners did not share what they knew."));
        complete(coordinator, "Task_PreparePublicationPack", pack());
        assertThat(publications.status(ref)).contains(PackStatus.BRIEFING_READY);
        assertThat(publications.briefing(ref)).hasValueSatisfying(b -> assertThat(b.pseudonym()).isEqualTo("Child Q"));

        publications.proceedingsConcluded(coordinator, ref);
        assertThat(sent(NotificationKind.PRE_PUBLICATION_NOTICE)).isNotEmpty();
        assertThat(inbox.forCase(chair, ref)).as("the chair waits for the notice period").isEmpty();

        fireTheNoticePeriodTimer();
        complete(chair, "Task_ApprovePublication", Map.of("publicationApproved", "yes"));
        assertThat(publications.status(ref)).contains(PackStatus.PUBLISHED);
        assertThat(publications.published()).anySatisfy(p -> assertThat(p.pseudonym()).isEqualTo("Child Q"));
        assertThat(publications.publishedReview(ref)).as("the board's written response is published with the report")
                .hasValueSatisfying(p -> assertThat(p.boardResponse())
                        .isEqualTo("The board accepts the findings and will monitor the action plan every quarter."));
        assertThat(stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(sent(NotificationKind.PUBLISHED)).isNotEmpty();
    }

    private void fireTheNoticePeriodTimer() {
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(10))));
        List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().executable().list().stream())
                .toList();
        assertThat(due).isNotEmpty();
        due.forEach(job -> management.executeJob(job.getId()));
    }

    private static Map<String, Object> agencyReport() {
        return Map.of("involvementSummary", "Two contacts with the family in 2025.", "analysis", "Concerns were not passed on.",
                "learning", "Share concerns early.", "filesSecured", "yes");
    }

    /** A complete publication pack for "Child Q", parallel proceedings open. */
    static Map<String, Object> pack() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pseudonym", "Child Q");
        p.put("briefing1Background", "A young child was admitted to hospital with injuries.");
        p.put("briefing2WhyItMatters", "Concerns held by separate agencies were never put together.");
        p.put("briefing3Heading", "Sharing concerns");
        p.put("briefing3Text", "Each agency held part of the picture.");
        p.put("briefing4Heading", "Professional curiosity");
        p.put("briefing4Text", "Explanations for injuries were accepted without challenge.");
        p.put("briefing5Heading", "Hearing the child");
        p.put("briefing5Text", "The child's daily life was not described in any record.");
        p.put("briefing6ThingsToRemember", "Ask, record and share.");
        p.put("briefing7Actions", "Use the escalation policy when concerns are not acted on.");
        p.put("reflectiveQuestion1", "What are your key thoughts from this briefing?");
        p.put("reflectiveQuestion2", "How will you embed the learning, and how will you know?");
        p.put("reflectiveQuestion3", "How does this feed your team improvement plan?");
        p.put("themes", "information sharing, professional curiosity");
        p.put("catalogueSummary", "A review of how agencies shared concerns about a young child.");
        p.put("catalogueLearning", "Concerns must be shared.");
        p.put("catalogueRecommendations", "A joint protocol.");
        p.put("catalogueMethodology", "Learning Together.");
        p.put("proceedingsOpen", "yes");
        p.put("checkProceedingsBy", java.time.LocalDate.now(org.practicereview.workflow.WorkingDays.UK).plusMonths(3).toString());
        return p;
    }

    private void complete(Actor actor, String taskKey, Map<String, ?> values) {
        var task = inbox.forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " is not open for " + actor.userId()));
        refusesRandomSubmissionsWritingNothing(actor, task.id(), taskKey, values);
        userTasks.complete(task.id(), actor, values);
    }

    /** Before each real completion: random, certainly invalid submissions are refused and change no table. */
    private void refusesRandomSubmissionsWritingNothing(Actor actor, String taskId, String taskKey, Map<String, ?> valid) {
        Map<String, Long> before = tableCounts();
        var form = userTasks.formOf(taskKey);
        for (Map<String, Object> attempt : RandomSubmissions.invalidVariants(form, valid, 6, taskKey.hashCode())) {
            assertThatThrownBy(() -> userTasks.complete(taskId, actor, attempt))
                    .as("random submission to %s", taskKey).isInstanceOf(InvalidSubmissionException.class);
        }
        assertThat(tableCounts()).as("rows after refused submissions to %s", taskKey).isEqualTo(before);
        assertThat(inbox.find(taskId, actor)).as("%s is still open", taskKey).isPresent();
    }

    private Map<String, Long> tableCounts() {
        // current_schema: PUBLIC on H2, public on PostgreSQL; quoted names keep each database's case.
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema "
                + "and table_type = 'BASE TABLE'").query(String.class).list();
        String union = String.join(" union all ", tables.stream()
                .map(t -> "select '" + t + "', count(*) from \"" + t + "\"").toList());
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql(union).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private Stage stage() {
        return myReferrals.of(referrer).stream().filter(r -> r.reference().equals(ref)).map(MyReferral::stage)
                .findFirst().orElseThrow();
    }

    private List<String> formsKept() {
        return submissions.forCase(ref).stream().map(FormSubmission::formId).toList();
    }

    private List<Notification> sent(NotificationKind kind) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == kind).toList();
    }
}
