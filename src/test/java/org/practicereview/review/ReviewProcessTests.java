package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReviewProcessTests {

    static final Actor MEMBER = Actor.of("prg.member", Role.PRG_MEMBER);
    static final Actor CHAIR = Actor.of("the.chair", Role.CHAIR);
    static final Actor COORDINATOR = Actor.of("business.unit", Role.PRG_COORDINATOR);
    static final Actor REVIEWER = Actor.of("lead.reviewer", Role.REVIEWER);
    static final String[] TABLES = {"review", "review_agency_report", "review_report_draft", "review_qa_round",
            "review_action_item", "form_submission", "trail_event"};

    @Autowired ProcessDriver driver;
    @Autowired CaseReviews reviews;
    @Autowired Agencies agencies;
    @Autowired Notifications notifications;
    @Autowired Users users;

    @BeforeEach
    void agencies() {
        if (!users.exists(REVIEWER.userId())) {
            users.create(new NewUser(REVIEWER.userId(), "Lead Reviewer", null, Set.of(Role.REVIEWER), null,
                    "correct horse battery staple"));
        }
        agencies.register(new Agency("POLICE", "Northshire Police", "POLICE"));
        agencies.register(new Agency("HEALTH", "Northshire Health", "HEALTH"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static Map<String, Object> terms(String family) {
        return Map.of("periodFrom", "2025-01-01", "periodTo", "2025-12-31", "keyLinesOfEnquiry",
                "How did agencies share information about neglect?", "methodology", "LEARNING_TOGETHER",
                "familyInvolvementPlanned", family);
    }

    static final Map<String, Object> APPOINT = Map.of("leadReviewer", "lead.reviewer", "independenceConfirmed", "yes");
    static final Map<String, Object> DRAFT = Map.of("summaryOfFindings", "Agencies did not share what they knew; "
            + "the neglect was seen by each but acted on by none.");
    static final Map<String, Object> AGENCY_REPORT = Map.of("involvementSummary", "Three contacts with the family in 2025.",
            "analysis", "Referrals were not followed up by anyone.", "learning", "Escalate.", "filesSecured", "yes");

    static Map<String, Object> actionPlan() {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("item1Recommendation", "Multi-agency neglect training for all front-line staff");
        plan.put("item1Scope", "MULTI_AGENCY");
        plan.put("item1OwnerAgency", "HEALTH");
        plan.put("item1DueDate", "2027-06-30");
        return plan;
    }

    @Test
    void refusedTermsOfReferenceWriteNothingAndLeaveTheTaskOpen() {
        CaseReference ref = ProcessDriver.newCase();
        driver.start("scr-review", ref, Map.of("reviewType", "SCR", "agencies", List.of("POLICE")));
        Task task = driver.task(ref, "Task_AgreeTermsOfReference");
        Map<String, Long> before = driver.rowCounts(TABLES);
        Map<String, Object> backwards = new LinkedHashMap<>(terms("yes"));
        backwards.put("periodTo", "2024-12-31");
        backwards.put("methodology", "OTHER");

        assertThatThrownBy(() -> driver.userTasks.complete(task.getId(), MEMBER, backwards))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("The end of the period under review must be the same as or after its start",
                                "Enter the other methodology"));

        assertThat(driver.rowCounts(TABLES)).isEqualTo(before);
        assertThat(driver.isOpen(task.getId())).isTrue();
        assertThat(reviews.find(ref)).isEmpty();
    }

    @Test
    void runsAnScrThroughAgencyReportsFamilyQaReturnSignOffAndActionPlan() {
        CaseReference ref = ProcessDriver.newCase();
        String id = driver.start("scr-review", ref, Map.of("reviewType", "SCR", "agencies", List.of("POLICE", "HEALTH")));
        driver.complete(ref, "Task_AgreeTermsOfReference", MEMBER, terms("yes"));
        driver.complete(ref, "Task_AppointLeadReviewer", CHAIR, APPOINT);
        assertThat(driver.runtime.getVariable(id, "leadReviewer")).isEqualTo("lead.reviewer");

        submitAgencyReports(ref);
        driver.complete(ref, "Task_RecordFamilyInvolvement", REVIEWER, Map.of("participation", "PARTICIPATED",
                "involvementSummary", "The family met the lead reviewer twice."));
        driver.complete(ref, "Task_DraftReport", REVIEWER, DRAFT);
        returnOnceThenAccept(ref);

        driver.complete(ref, "Task_BoardSignOff", CHAIR, Map.of("meetingDate", "2026-11-20",
                "boardResponse", "The board accepts every finding and will oversee the action plan quarterly."));
        driver.complete(ref, "Task_AgreeActionPlan", COORDINATOR, actionPlan());

        assertThat(driver.ended(id)).isTrue();
        ReviewSummary summary = reviews.find(ref).orElseThrow();
        assertThat(summary.status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(summary.agenciesReported()).containsExactlyInAnyOrder("POLICE", "HEALTH");
        assertThat(summary.draftVersions()).isEqualTo(2);
        assertThat(summary.signedOff()).isTrue();
        assertThat(summary.actionPlan()).extracting(ReviewSummary.Action::ownerAgency).containsExactly("HEALTH");
    }

    private void submitAgencyReports(CaseReference ref) {
        List<Task> reports = driver.openTasks(ref);
        assertThat(reports).extracting(Task::getTaskDefinitionKey).containsOnly("Task_SubmitAgencyReport").hasSize(2);
        Actor police = Actor.agencyUser("police.user", "POLICE");
        Actor health = Actor.agencyUser("health.user", "HEALTH");
        for (Task t : reports) {
            String agency = (String) driver.tasks.getVariable(t.getId(), "agency");
            driver.userTasks.complete(t.getId(), agency.equals("POLICE") ? police : health, AGENCY_REPORT);
        }
    }

    private void returnOnceThenAccept(CaseReference ref) {
        Task qa = driver.task(ref, "Task_QualityAssureReport");
        Map<String, Long> before = driver.rowCounts(TABLES);
        assertThatThrownBy(() -> driver.userTasks.complete(qa.getId(), MEMBER, Map.of("qaOutcome", "RETURNED")))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("message")
                        .containsExactly("Enter comments saying what the lead reviewer must change"));
        assertThat(driver.rowCounts(TABLES)).isEqualTo(before);
        assertThat(driver.isOpen(qa.getId())).isTrue();

        driver.userTasks.complete(qa.getId(), MEMBER, Map.of("qaOutcome", "RETURNED", "qaComments", "Say more about health."));
        Task redraft = driver.task(ref, "Task_DraftReport");
        assertThatThrownBy(() -> driver.userTasks.complete(redraft.getId(), REVIEWER, DRAFT))
                .isInstanceOf(InvalidSubmissionException.class);
        Map<String, Object> revised = new LinkedHashMap<>(DRAFT);
        revised.put("changesSinceLastVersion", "Added the health visitor's contacts.");
        driver.userTasks.complete(redraft.getId(), REVIEWER, revised);
        driver.complete(ref, "Task_QualityAssureReport", MEMBER, Map.of("qaOutcome", "ACCEPTED"));
        assertThat(reviews.find(ref).orElseThrow().qaRounds()).extracting(ReviewSummary.QaSummary::outcome)
                .containsExactly(QaOutcome.RETURNED, QaOutcome.ACCEPTED);
    }

    @Test
    void takesALighterReviewStraightToTheDraftAndOnToTheActionPlanWithoutSignOff() {
        CaseReference ref = ProcessDriver.newCase();
        String id = driver.start("scr-review", ref, Map.of("reviewType", "LEARNING"));
        driver.complete(ref, "Task_AgreeTermsOfReference", MEMBER, terms("no"));
        driver.complete(ref, "Task_AppointLeadReviewer", CHAIR, APPOINT);
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_DraftReport");
        driver.complete(ref, "Task_DraftReport", REVIEWER, DRAFT);
        driver.complete(ref, "Task_QualityAssureReport", MEMBER, Map.of("qaOutcome", "ACCEPTED"));
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_AgreeActionPlan");

        driver.complete(ref, "Task_AgreeActionPlan", COORDINATOR, actionPlan());

        assertThat(driver.ended(id)).isTrue();
        assertThat(reviews.find(ref).orElseThrow().signedOff()).isFalse();
    }

    @Test
    void refusedActionPlanWritesNothingAndNamesEachProblem() {
        CaseReference ref = ProcessDriver.newCase();
        driver.start("scr-review", ref, Map.of("reviewType", "REFLECTIVE"));
        driver.complete(ref, "Task_AgreeTermsOfReference", MEMBER, terms("no"));
        driver.complete(ref, "Task_AppointLeadReviewer", CHAIR, APPOINT);
        driver.complete(ref, "Task_DraftReport", REVIEWER, DRAFT);
        driver.complete(ref, "Task_QualityAssureReport", MEMBER, Map.of("qaOutcome", "ACCEPTED"));
        Task plan = driver.task(ref, "Task_AgreeActionPlan");
        Map<String, Object> values = actionPlan();
        values.put("item1OwnerAgency", "FIRE_SERVICE");
        values.put("item2Recommendation", "Review the escalation policy");
        Map<String, Long> before = driver.rowCounts(TABLES);

        assertThatThrownBy(() -> driver.userTasks.complete(plan.getId(), COORDINATOR, values))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactly("item1OwnerAgency", "item2Scope", "item2OwnerAgency", "item2DueDate"));

        assertThat(driver.rowCounts(TABLES)).isEqualTo(before);
        assertThat(driver.isOpen(plan.getId())).isTrue();
    }

    @Test
    void remindsAtFiveMonthsAndEscalatesAtSixWhileTheReviewIsOpen() {
        CaseReference ref = ProcessDriver.newCase();
        String id = driver.start("scr-review", ref, Map.of("reviewType", "LEARNING"));

        driver.management.executeJob(driver.timer(id, "BoundaryEvent_ReviewReminder").getId());
        driver.management.executeJob(driver.timer(id, "BoundaryEvent_ReviewTargetMissed").getId());

        assertThat(notifications.forCase(ref)).extracting(Notification::kind).containsExactly(
                NotificationKind.REVIEW_REMINDER, NotificationKind.REVIEW_OVERDUE, NotificationKind.REVIEW_OVERDUE);
        assertThat(notifications.forCase(ref)).allSatisfy(n -> assertThat(n.body()).contains(ref.value()));
        assertThat(driver.openTaskKeys(ref)).containsExactly("Task_AgreeTermsOfReference");
    }
}
