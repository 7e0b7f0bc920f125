package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TriageReferralTests {

    static final Actor SAM = Actor.agencyUser("sam", "NORTHSHIRE_HEALTH");
    static final Actor COORDINATOR = Actor.of("coordinator", Role.PRG_COORDINATOR);

    @Autowired ReferralService referrals;
    @Autowired MyReferrals myReferrals;
    @Autowired UserTasks userTasks;
    @Autowired Agencies agencies;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired Notifications notifications;
    @Autowired Trail trail;

    @BeforeEach
    void agencies() {
        ReferralExamples.registerDemoAgencies(agencies);
    }

    private CaseReference submitted() {
        return referrals.submitDirect(SAM, ReferralExamples.wholeReferral()).reference();
    }

    private Task task(CaseReference ref) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).singleResult();
    }

    private static Map<String, Object> triage(String outcome, Object... more) {
        Map<String, Object> values = new LinkedHashMap<>(Map.of("complete", "yes", "inArea", "yes", "outcome", outcome));
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], more[i + 1]);
        }
        return values;
    }

    private Stage stageOf(CaseReference ref) {
        return myReferrals.of(SAM).stream().filter(r -> r.reference().equals(ref)).findFirst().orElseThrow().stage();
    }

    private List<FieldError> refused(CaseReference ref, Map<String, Object> values) {
        Task triageTask = task(ref);
        try {
            userTasks.complete(triageTask.getId(), COORDINATOR, values);
            throw new AssertionError("triage was accepted");
        } catch (InvalidSubmissionException e) {
            assertThat(task(ref).getId()).as("the task stays open").isEqualTo(triageTask.getId());
            return e.errors();
        }
    }

    @Test
    void acceptedReferralMovesOnToAgencyInformation() {
        CaseReference ref = submitted();
        userTasks.complete(task(ref).getId(), COORDINATOR, triage("ACCEPTED", "notes", "Clear and complete."));

        assertThat(task(ref).getTaskDefinitionKey()).isEqualTo("Task_RequestAgencyInformation");
        assertThat(stageOf(ref)).isEqualTo(Stage.AGENCY_INFORMATION);
        String instance = task(ref).getProcessInstanceId();
        assertThat(runtime.getVariable(instance, ProcessVariables.TRIAGE_OUTCOME)).isEqualTo("ACCEPTED");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details).contains("Task_TriageReferral triageOutcome=ACCEPTED");
    }

    @Test
    void cannotAcceptAnIncompleteReferral() {
        CaseReference ref = submitted();
        assertThat(refused(ref, triage("ACCEPTED", "complete", "no"))).containsExactly(
                new FieldError("outcome", "You cannot accept an incomplete referral: ask the referrer for more information"));
    }

    @Test
    void askingForMoreInformationNeedsTheQuestions() {
        CaseReference ref = submitted();
        assertThat(refused(ref, triage("MORE_INFORMATION", "complete", "no")))
                .containsExactly(new FieldError("questionsForReferrer", "Enter the questions for the referrer"));
    }

    @Test
    void referrerAnswersTheQuestionsAndTheReferralComesBackToTriage() {
        CaseReference ref = submitted();
        userTasks.complete(task(ref).getId(), COORDINATOR,
                triage("MORE_INFORMATION", "complete", "no", "questionsForReferrer", "Which school does the child attend?"));

        Task answer = task(ref);
        assertThat(answer.getTaskDefinitionKey()).isEqualTo("Task_ProvideMoreInformation");
        assertThat(answer.getAssignee()).as("offered to the referring agency, not to one account").isNull();
        assertThat(userTasks.mayAct(answer, SAM)).as("any user of the referring agency may answer").isTrue();
        assertThat(myReferrals.questionsFor(SAM, ref)).contains("Which school does the child attend?");
        Notification request = notifications.forCase(ref).stream()
                .filter(n -> n.kind() == NotificationKind.MORE_INFORMATION_REQUESTED).findFirst().orElseThrow();
        assertThat(request.recipient()).isEqualTo("sam.referrer@health.example.org");
        assertThat(request.body()).contains(ref.value()).doesNotContain("school", ReferralExamples.CHILD_NAME);

        userTasks.complete(answer.getId(), SAM, Map.of("information", "Northtown Primary School."));
        assertThat(task(ref).getTaskDefinitionKey()).isEqualTo("Task_TriageReferral");
        assertThat(stageOf(ref)).isEqualTo(Stage.TRIAGE);
    }

    @Test
    void mergingNeedsTheReferenceOfAnotherOpenCase() {
        CaseReference ref = submitted();
        assertThat(refused(ref, triage("MERGED"))).containsExactly(
                new FieldError("duplicateOf", "Enter the reference of the case this referral duplicates"));
        assertThat(refused(ref, triage("MERGED", "duplicateOf", ref.value()))).containsExactly(
                new FieldError("duplicateOf", "Enter the reference of another case that is still open"));
        assertThat(refused(ref, triage("MERGED", "duplicateOf", "PR-1999-0001"))).containsExactly(
                new FieldError("duplicateOf", "Enter the reference of another case that is still open"));
    }

    @Test
    void duplicateIsMergedIntoTheOpenCaseAndItsProcessEnds() {
        CaseReference original = submitted();
        CaseReference duplicate = submitted();
        String instance = task(duplicate).getProcessInstanceId();

        userTasks.complete(task(duplicate).getId(), COORDINATOR, triage("MERGED", "duplicateOf", original.value()));

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
                .isEqualTo("EndEvent_ReferralMerged");
        assertThat(stageOf(duplicate)).isEqualTo(Stage.MERGED);
        assertThat(stageOf(original)).isEqualTo(Stage.TRIAGE);
        assertThat(trail.forCase(duplicate)).extracting(TrailEntry::action, TrailEntry::details)
                .contains(org.assertj.core.groups.Tuple.tuple("REFERRAL_MERGED", "into " + original));
        assertThat(trail.forCase(original)).extracting(TrailEntry::kind).contains(TrailAction.REFERRAL_MERGED_IN);

        CaseReference third = submitted();
        assertThat(refused(third, triage("MERGED", "duplicateOf", duplicate.value()))).as("a merged case is not open")
                .extracting(FieldError::field).containsExactly("duplicateOf");
    }

    @Test
    void onlyTheReferrerSeesTheQuestions() {
        CaseReference ref = submitted();
        assertThatThrownBy(() -> myReferrals.questionsFor(Actor.agencyUser("someone-else", "NORTHSHIRE_POLICE"), ref))
                .isInstanceOf(org.practicereview.workflow.NotPermittedException.class);
    }
}
