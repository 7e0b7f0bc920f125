package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;

/** A referral for learning or good practice is not a serious incident: no statutory screening, no notice to the panel. */
@IntegrationTest
class LearningReferralTests {

    static final Actor SAM = Actor.agencyUser("sam", "NORTHSHIRE_HEALTH");
    static final Actor COORDINATOR = Actor.of("coordinator", Role.PRG_COORDINATOR);
    static final String PANEL = "national.panel@example.org";
    static final String BOARD = "board.members@example.org";

    @Autowired ReferralService referrals;
    @Autowired MyReferrals myReferrals;
    @Autowired UserTasks userTasks;
    @Autowired Agencies agencies;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired java.util.List<CaseFileSections> caseFile;

    @BeforeEach
    void agencies() {
        ReferralExamples.registerDemoAgencies(agencies);
    }

    @Test
    void aGoodPracticeReferralLeavesNoNoticeToTheNationalPanel() {
        CaseReference ref = acceptedAtTriage("GOOD_PRACTICE");

        Task next = task(ref);
        assertThat(next.getTaskDefinitionKey()).as("straight to the PRG's review").isEqualTo("Task_AgreeTermsOfReference");
        assertThat(runtime.getVariable(next.getProcessInstanceId(), ProcessVariables.REVIEW_TYPE)).isEqualTo("GOOD_PRACTICE");
        assertThat(notifications.forCase(ref)).extracting(Notification::recipient).doesNotContain(PANEL);
        assertThat(notifications.forCase(ref)).extracting(Notification::kind)
                .doesNotContain(NotificationKind.SCR_INITIATED_NOTICE, NotificationKind.SCR_NOT_INITIATED_NOTICE,
                        NotificationKind.DECISION_NOTICE, NotificationKind.AGENCY_INFORMATION_REQUEST);
        assertThat(notices(ref)).extracting(Notification::recipient).containsExactly("sam.referrer@health.example.org", BOARD);
        assertThat(notices(ref)).allSatisfy(n -> assertThat(n.body())
                .contains(ref.value(), "good-practice (appreciative) review", "the national panel is not notified")
                .doesNotContain(ReferralExamples.CHILD_NAME));
        assertThat(stageOf(ref)).isEqualTo(Stage.REVIEW);
        assertThat(caseFileText(ref)).as("the case page says what happened, not that a screening is still to come")
                .contains("Not screened: a referral for learning or good practice", "Good Practice Review",
                        "Not notified: it is not a serious incident.")
                .doesNotContain("has not been screened against the criteria yet", "The chair has not decided yet");
    }

    private String caseFileText(CaseReference ref) {
        Actor auditor = Actor.of("auditor", Role.AUDITOR);
        return caseFile.stream().flatMap(p -> p.sectionsFor(auditor, ref).stream()).map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aMultiAgencyLearningReferralBecomesAReflectiveReviewWithoutScreening() {
        CaseReference ref = acceptedAtTriage("MULTI_AGENCY_LEARNING");

        Task next = task(ref);
        assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_AgreeTermsOfReference");
        assertThat(runtime.getVariable(next.getProcessInstanceId(), ProcessVariables.REVIEW_TYPE)).isEqualTo("REFLECTIVE");
        assertThat(trail.forCase(ref)).filteredOn(e -> e.kind() == TrailAction.REVIEW_COMMISSIONED)
                .extracting(TrailEntry::details)
                .containsExactly("reflective review, for a referral of learning or good practice: no statutory screening,"
                        + " no notice to the national panel");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.CRITERIA_EVALUATED);
        assertThat(notifications.forCase(ref)).extracting(Notification::recipient).doesNotContain(PANEL);
    }

    private CaseReference acceptedAtTriage(String purpose) {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.with(ReferralExamples.wholeReferral(),
                "referral-purpose", Map.of("purpose", purpose))).reference();
        userTasks.complete(task(ref).getId(), COORDINATOR,
                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED", "notes", "Clear and complete."));
        return ref;
    }

    private java.util.List<Notification> notices(CaseReference ref) {
        return notifications.forCase(ref).stream().filter(n -> n.kind() == NotificationKind.LEARNING_REVIEW_NOTICE).toList();
    }

    private Task task(CaseReference ref) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).singleResult();
    }

    private Stage stageOf(CaseReference ref) {
        return myReferrals.of(SAM).stream().filter(r -> r.reference().equals(ref)).findFirst().orElseThrow().stage();
    }
}
