package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.FormSubmission;
import org.practicereview.workflow.FormSubmissions;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReferralSubmissionTests {

    static final Actor SAM = Actor.agencyUser("sam", "NORTHSHIRE_HEALTH");

    @Autowired ReferralService referrals;
    @Autowired ReferralDrafts drafts;
    @Autowired MyReferrals myReferrals;
    @Autowired CaseDetails caseDetails;
    @Autowired Agencies agencies;
    @Autowired FormSubmissions submissions;
    @Autowired Trail trail;
    @Autowired Notifications notifications;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void agencies() {
        ReferralExamples.registerDemoAgencies(agencies);
    }

    @Test
    void submittedReferralOpensACaseWaitingForTriage() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        assertThat(ref.value()).matches("PR-\\d{4}-\\d{4}");
        assertThat(myReferrals.of(SAM)).extracting(MyReferral::reference, MyReferral::stage).contains(org.assertj.core.groups.Tuple.tuple(ref, Stage.TRIAGE));
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).singleResult();
        assertThat(instance.getProcessDefinitionId()).startsWith("case-review:");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_TriageReferral");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getStartUserId())
                .isEqualTo("sam");
    }

    @Test
    void keepsEverySectionAsASubmissionByTheReferrer() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        assertThat(submissions.forCase(ref)).extracting(FormSubmission::formId).containsExactly(
                "referral-about-you", "referral-child", "referral-child", "referral-family-member",
                "referral-agency-involved", "referral-agency-involved", "referral-circumstances",
                "referral-parallel-processes", "referral-purpose");
        assertThat(submissions.forCase(ref)).extracting(FormSubmission::submittedBy).containsOnly("sam");
        // Each section's own answers, the task fields empty (a referral has no task), one time for all.
        List<FormSubmission> kept = submissions.forCase(ref);
        assertThat(kept.get(1).valuesJson()).contains(ReferralExamples.CHILD_NAME).doesNotContain(ReferralExamples.SIBLING_NAME);
        assertThat(kept.get(2).valuesJson()).contains(ReferralExamples.SIBLING_NAME);
        assertThat(kept.get(3).valuesJson()).contains(ReferralExamples.MOTHER_NAME);
        assertThat(kept).allSatisfy(s -> {
            assertThat(s.caseReference()).isEqualTo(ref.value());
            assertThat(s.taskId()).isNull();
            assertThat(s.taskDefinitionKey()).isNull();
        });
        assertThat(kept).extracting(FormSubmission::submittedAt).containsOnly(kept.get(0).submittedAt()).doesNotContainNull();
    }

    @Test
    void recordsTheReferralInTheTrailWithoutPersonalData() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        List<TrailEntry> entries = trail.forCase(ref);
        assertThat(entries).extracting(TrailEntry::kind).containsExactly(TrailAction.REFERRAL_SUBMITTED,
                TrailAction.NOTIFICATION_QUEUED, TrailAction.NOTIFICATION_QUEUED, TrailAction.REFERRAL_REGISTERED);
        assertThat(entries.get(0).details()).isEqualTo("purpose=SCR_CONSIDERATION children=2 familyMembers=1 agencies=2 regime=SCR_2006");
        assertThat(entries.get(0).actor()).isEqualTo("sam");
        assertThat(entries).allSatisfy(e -> assertThat(e.details()).doesNotContain(
                ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME, ReferralExamples.MOTHER_NAME, "Test Street"));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void acknowledgesToTheReferrerAndTellsTheCoordinatorByReferenceOnly() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        List<Notification> sent = notifications.forCase(ref);
        assertThat(sent).extracting(Notification::kind, Notification::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.REFERRAL_ACKNOWLEDGEMENT, "sam.referrer@health.example.org"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.NEW_REFERRAL, "business.unit@example.org"));
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.subject()).contains(ref.value());
            assertThat(n.body()).contains(ref.value())
                    .doesNotContain(ReferralExamples.CHILD_NAME, ReferralExamples.MOTHER_NAME, "Sam Referrer", "Test Street");
        });
    }

    @Test
    void startsTheProcessWithOnlyTheReferenceTheReferrerItsAgencyTheRegimeAndTheDecisionDeadline() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).singleResult();
        Map<String, Object> variables = runtime.getVariables(instance.getId());
        assertThat(variables).containsOnlyKeys(ProcessVariables.CASE_REFERENCE, ProcessVariables.REFERRER,
                        ProcessVariables.REFERRER_AGENCY, ProcessVariables.DECISION_DUE, ProcessVariables.LEARNING_REFERRAL,
                        ProcessVariables.REGIME)
                .containsEntry(ProcessVariables.REGIME, "SCR_2006")
                .containsEntry(ProcessVariables.CASE_REFERENCE, ref.value())
                .containsEntry(ProcessVariables.REFERRER, "sam")
                .containsEntry(ProcessVariables.REFERRER_AGENCY, SAM.agencyCode());
        List<HistoricVariableInstance> everSet = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list();
        assertThat(everSet).allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain(
                ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME, ReferralExamples.MOTHER_NAME, "NT1 4AP", "2019-03-27"));
    }

    @Test
    void invalidReferralWritesNothingAnywhere() {
        Map<String, Long> before = rowCounts();
        Map<String, Object> referral = new java.util.LinkedHashMap<>(ReferralExamples.wholeReferral());
        referral.put("referral-child", List.of(ReferralExamples.with(ReferralExamples.child(), "dateOfBirth", null)));

        assertThatThrownBy(() -> referrals.submitDirect(SAM, referral))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
                        .extracting(org.practicereview.workflow.FieldError::message)
                        .containsExactly("Child 1: Enter the child's date of birth"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void onlyAgencyUsersMaySubmit() {
        Actor chair = Actor.of("chair", org.practicereview.shared.Role.CHAIR);
        assertThatThrownBy(() -> referrals.submitDirect(chair, ReferralExamples.wholeReferral()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void referencesFollowOnWithoutGapsEvenAfterARefusedReferral() {
        CaseReference first = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
        Map<String, Object> bad = ReferralExamples.with(ReferralExamples.wholeReferral(), "referral-purpose", Map.of());
        assertThatThrownBy(() -> referrals.submitDirect(SAM, bad)).isInstanceOf(InvalidSubmissionException.class);
        CaseReference second = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(second.value().substring(0, 8)).isEqualTo(first.value().substring(0, 8));
    }

    @Test
    void tellsOtherModulesTheIdentifyingDetailsAndFacts() {
        CaseReference ref = referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();

        CaseDetails.IdentifyingDetails details = caseDetails.identifyingDetails(ref);
        assertThat(details.fullNames()).containsExactly(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME, ReferralExamples.MOTHER_NAME);
        assertThat(details.datesOfBirth()).contains(java.time.LocalDate.of(2019, 3, 27), java.time.LocalDate.of(1990, 5, 1));
        assertThat(details.postcodes()).containsExactly("NT1 4AP");
        assertThat(details.addresses()).hasSize(3);
        assertThat(caseDetails.agenciesInvolved(ref)).containsExactlyInAnyOrder("NORTHSHIRE_POLICE", "NORTHSHIRE_CSC");
        assertThat(caseDetails.parallelProceedingsOpen(ref)).isTrue();
        assertThat(caseDetails.purpose(ref)).isEqualTo("SCR_CONSIDERATION");
        assertThat(caseDetails.referrerEmail(ref)).isEqualTo("sam.referrer@health.example.org");
    }

    private static int number(CaseReference ref) {
        return Integer.parseInt(ref.value().substring(8));
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("referral", "referral_child", "case_file", "form_submission", "trail_event",
                "notification", "ACT_RU_EXECUTION", "ACT_HI_PROCINST", "referral_draft")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("counter", jdbc.sql("select coalesce(sum(last_number), 0) from case_reference_counter").query(Long.class).single());
        return counts;
    }
}
