package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.TestPdfs;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.incident.NotificationCopies;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.publication.PackStatus;
import org.practicereview.publication.Publications;
import org.practicereview.publication.ReportUploads;
import org.practicereview.referral.MyReferral;
import org.practicereview.referral.MyReferrals;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.review.CaseReviews;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.RegimeSetting;
import org.practicereview.settings.SettingsChange;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One case under the 2018 arrangements from referral to publication, through the task services only, as
 * {@link CaseLifecycleTests} takes a serious case review: the local authority's awareness and the s.16C answer, the
 * notification to the national panel with its copy, the same agency round, the rapid review approved by the three
 * safeguarding partners and sent to the panel, the panel's agreement, the local review the partners commissioned and
 * its publication approved by all three. At each step it checks what the board would see, and that the SCR's
 * screening, the chair's decision and the SCR notices never happen.
 */
@IntegrationTest
class CsprCaseLifecycleTests {

    private final Actor referrer = Actor.agencyUser("cspr.referrer", "NORTHSHIRE_HEALTH");
    private final Actor police = Actor.agencyUser("cspr.police", "NORTHSHIRE_POLICE");
    private final Actor socialCare = Actor.agencyUser("cspr.csc", "NORTHSHIRE_CSC");
    private final Actor coordinator = Actor.of("cspr.coordinator", Role.PRG_COORDINATOR);
    private final Actor member = Actor.of("cspr.member", Role.PRG_MEMBER);
    private final Actor chair = Actor.of("cspr.chair", Role.CHAIR);
    private final Actor reviewer = Actor.of("cspr.reviewer", Role.REVIEWER);
    private final Actor localAuthority = Actor.of("cspr.partner-la", Role.PARTNER_LOCAL_AUTHORITY);
    private final Actor icb = Actor.of("cspr.partner-icb", Role.PARTNER_ICB);
    private final Actor policePartner = Actor.of("cspr.partner-police", Role.PARTNER_POLICE);

    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired MyReferrals myReferrals;
    @Autowired TaskInbox inbox;
    @Autowired UserTasks userTasks;
    @Autowired Notifications notifications;
    @Autowired NotificationCopies copies;
    @Autowired CaseReviews reviews;
    @Autowired Publications publications;
    @Autowired ReportUploads uploads;
    @Autowired BoardSettings settings;
    @Autowired Trail trail;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    private SettingsChange before;
    private CaseReference ref;

    @BeforeEach
    void theBoardFollowsThe2018ArrangementsFromToday() {
        before = settings.current().values();
        settings.change(before.withCaseRegime(new RegimeSetting(Regime.CSPR_2018, LocalDate.now(GovDates.UK))), "cspr.admin");
    }

    @AfterEach
    void backToSeriousCaseReviewsForTheOtherTests() {
        ClockUtil.reset();
        settings.change(before, "cspr.admin");
    }

    @Test
    void takesACaseUnderThe2018ArrangementsFromReferralToPublication() {
        ReferralExamples.registerDemoAgencies(agencies);
        ref = referrals.submitDirect(referrer, ReferralExamples.wholeReferral()).reference();
        assertThat(jdbc.sql("select regime from case_file where reference = ?").param(ref.value()).query(String.class).single())
                .isEqualTo("CSPR_2018");

        notifyThePanel();
        askTheAgencies();
        rapidReview();
        runTheLocalReview();
        publish();

        assertThat(trail.verify().intact()).isTrue();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.RECOMMENDATION_MADE);
        assertThat(notifications.forCase(ref)).extracting(Notification::kind).as("the SCR route's notices never go")
                .doesNotContain(NotificationKind.SCR_INITIATED_NOTICE, NotificationKind.DECISION_NOTICE);
        assertThat(jdbc.sql("select count(*) from screening where case_reference = ?").param(ref.value()).query(Long.class)
                .single()).as("never screened against the SCR criteria").isZero();
    }

    private void notifyThePanel() {
        complete(coordinator, "Task_TriageReferral", Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        assertThat(stage()).isEqualTo(Stage.NOTIFICATION);

        LocalDate aware = LocalDate.now(GovDates.UK).minusDays(1);
        complete(coordinator, "Task_RecordAwareness", Map.of("becameAwareOn", aware.toString(), "lookedAfterChild", "no",
                "abuseOrNeglectKnownOrSuspected", "yes", "childDied", "no", "childSeriouslyHarmed", "yes", "whereHarmed", "IN_AREA"));
        copies.upload(localAuthority, ref, "notification.pdf", TestPdfs.withPages("Notification of a serious incident."));
        complete(localAuthority, "Task_NotifyPanel", Map.of("panelNotifiedOn", LocalDate.now(GovDates.UK).toString(),
                "panelReference", "NP-2026-0042"));

        assertThat(sent(NotificationKind.PANEL_NOTIFIED_NOTICE)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder("role:PARTNER_LOCAL_AUTHORITY", "role:PARTNER_ICB", "role:PARTNER_POLICE");
        assertThat(stage()).isEqualTo(Stage.AGENCY_INFORMATION);
    }

    private void askTheAgencies() {
        complete(coordinator, "Task_RequestAgencyInformation",
                Map.of("agencies", List.of("NORTHSHIRE_POLICE", "NORTHSHIRE_CSC"), "note", "For the rapid review."));
        for (Actor agency : List.of(police, socialCare)) {
            complete(agency, "Task_ProvideAgencySummary", Map.of("involvementSummary", "Known to the agency since 2024.",
                    "chronology", "2025: two contacts. 2026: admission.", "filesSecured", "yes", "workingTogetherConcerns", "yes",
                    "concernsDetails", "The health visitor's concerns did not reach children's social care."));
        }
        assertThat(stage()).as("straight to the rapid review, not the SCR's screening").isEqualTo(Stage.RAPID_REVIEW);
    }

    private void rapidReview() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("meetingDate", LocalDate.now(GovDates.UK).toString());
        record.put("facts", "Admitted to hospital with injuries; three agencies knew the family.");
        record.put("childContext", "Lives with mother and a younger sibling; attends nursery.");
        record.put("actionForChild", "Child protection plan in place.");
        record.put("actionForOthers", "The sibling was seen and assessed.");
        record.put("learning", "Concerns were held separately and not shared.");
        record.put("localReviewCriteria", List.of("IMPROVEMENTS", "AGENCIES_TOGETHER"));
        record.put("outcome", "LCSPR");
        record.put("partnersRecommendLocal", "yes");
        record.put("rationale", "Agencies' work together needs improving; a local review will show how.");
        complete(coordinator, "Task_RecordRapidReview", record);
        for (Actor partner : List.of(localAuthority, icb, policePartner)) {
            complete(partner, "Task_ApproveRapidReview", Map.of("approved", "yes"));
        }
        assertThat(sent(NotificationKind.RAPID_REVIEW_TO_PANEL)).as("the rapid review goes to the panel with the decision")
                .singleElement().satisfies(n -> assertThat(n.recipient()).isEqualTo("national.panel@example.org"));

        complete(coordinator, "Task_RecordPanelResponse", Map.of("receivedOn", LocalDate.now(GovDates.UK).toString(),
                "panelResponse", "AGREES", "panelWords", "The panel agrees that a local review is appropriate."));
        assertThat(stage()).isEqualTo(Stage.REVIEW);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).processDefinitionKey("scr-review")
                .singleResult()).isNotNull();
    }

    private void runTheLocalReview() {
        complete(member, "Task_AgreeTermsOfReference", Map.of("periodFrom", "2024-01-01", "periodTo", "2026-01-31",
                "keyLinesOfEnquiry", "How did agencies share information?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", "yes"));
        if (!users.exists(reviewer.userId())) {
            users.create(new NewUser(reviewer.userId(), "Cspr Reviewer", null, Set.of(Role.REVIEWER), null,
                    "correct horse battery staple"));
        }
        complete(chair, "Task_AppointLeadReviewer", Map.of("leadReviewer", reviewer.userId(), "independenceConfirmed", "yes"));
        for (Actor agency : List.of(police, socialCare)) {
            complete(agency, "Task_SubmitAgencyReport", Map.of("involvementSummary", "Two contacts with the family in 2025.",
                    "analysis", "Concerns were not passed on.", "learning", "Share concerns early.", "filesSecured", "yes"));
        }
        complete(reviewer, "Task_RecordFamilyInvolvement", Map.of("participation", "PARTICIPATED",
                "involvementSummary", "The family met the reviewer twice."));
        complete(reviewer, "Task_DraftReport", Map.of("summaryOfFindings", "Agencies held concerns about the child but did not share them with each other.",
                "recommendedImprovements", "A joint protocol for sharing concerns.",
                "systemicReasons", "Each agency's system recorded concerns where the others could not see them."));
        complete(member, "Task_QualityAssureReport", Map.of("qaOutcome", "ACCEPTED"));
        complete(chair, "Task_BoardSignOff", Map.of("meetingDate", LocalDate.now(GovDates.UK).toString(), "boardResponse",
                "The partners accept the findings and will monitor the action plan every quarter."));
        complete(coordinator, "Task_AgreeActionPlan", Map.of("item1Recommendation", "Agree a joint protocol for sharing concerns.",
                "item1Scope", "MULTI_AGENCY", "item1OwnerAgency", "NORTHSHIRE_CSC", "item1DueDate", "2027-06-30"));

        assertThat(reviews.find(ref).orElseThrow().signedOff()).isTrue();
        assertThat(stage()).isEqualTo(Stage.PUBLICATION);
    }

    private void publish() {
        uploads.upload(coordinator, ref, DocumentKind.FINAL_REPORT, "final-report.pdf",
                TestPdfs.withPages("Final report of the local review.", "Practitioners did not share what they knew."));
        complete(coordinator, "Task_PreparePublicationPack", pack());
        assertThat(sent(NotificationKind.PRE_PUBLICATION_NOTICE)).isNotEmpty();

        fireTheNoticePeriodTimer();
        assertThat(inbox.forCase(chair, ref)).as("the chair does not approve a local review's publication").isEmpty();
        complete(localAuthority, "Task_ApprovePublication", Map.of("publicationApproved", "yes"));
        complete(icb, "Task_ApprovePublication", Map.of("publicationApproved", "yes"));
        assertThat(publications.status(ref)).as("two of the three partners").contains(PackStatus.NOTICE_SENT);
        complete(policePartner, "Task_ApprovePublication", Map.of("publicationApproved", "yes"));

        assertThat(publications.status(ref)).contains(PackStatus.PUBLISHED);
        assertThat(publications.publishedReview(ref)).hasValueSatisfying(p -> assertThat(p.title())
                .isEqualTo("Local Child Safeguarding Practice Review – Child R"));
        assertThat(stage()).isEqualTo(Stage.PUBLISHED);
    }

    private void fireTheNoticePeriodTimer() {
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(15))));
        List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).activityId("IntermediateTimer_NoticePeriod")
                        .timers().executable().list().stream())
                .toList();
        assertThat(due).hasSize(1);
        management.executeJob(due.get(0).getId());
    }

    /** The SCR lifecycle's pack, as "Child R", no proceedings open, the report sent to the panel today. */
    private static Map<String, Object> pack() {
        Map<String, Object> p = CaseLifecycleTests.pack();
        p.put("pseudonym", "Child R");
        p.put("proceedingsOpen", "no");
        p.remove("checkProceedingsBy");
        p.put("reportSentToPanelOn", LocalDate.now(WorkingDays.UK).toString());
        return p;
    }

    private void complete(Actor actor, String taskKey, Map<String, ?> values) {
        var task = inbox.forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError(taskKey + " is not open for " + actor.userId() + "; open: "
                        + runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).list().stream()
                                .flatMap(p -> runtime.getActiveActivityIds(p.getId()).stream()).toList()));
        userTasks.complete(task.id(), actor, values);
    }

    private Stage stage() {
        return myReferrals.of(referrer).stream().filter(r -> r.reference().equals(ref)).map(MyReferral::stage)
                .findFirst().orElseThrow();
    }

    private List<Notification> sent(NotificationKind kind) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == kind).toList();
    }
}
