package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.practicereview.screening.CaseUnderReview.COORDINATOR;
import static org.practicereview.screening.CaseUnderReview.PRG_MEMBER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

@CaseReviewIntegrationTest
class ScreeningIntegrationTests {

    static final String[] TABLES = {"information_request", "agency_summary", "screening", "recommendation",
            "notification", "form_submission", "trail_event"};

    @Autowired CaseUnderReview cases;
    @Autowired Notifications notifications;
    @Autowired Trail trail;
    @Autowired Screenings screenings;
    @Autowired AgencyRound agencyRound;
    @Autowired WorkingDays workingDays;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repository;
    @Autowired CriteriaEvaluations evaluations;

    @Test
    void requestAsksEachChosenAgencyForASummaryDueInTenWorkingDays() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE", "HEALTH");

        assertThat(cases.variable(c, ProcessVariables.AGENCIES)).isEqualTo(List.of("POLICE", "HEALTH"));
        assertThat(cases.variable(c, ProcessVariables.INFORMATION_ROUND)).isEqualTo(1);
        assertThat(cases.tasks(c, "Task_ProvideAgencySummary")).flatExtracting(t ->
                taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId).toList())
                .containsExactlyInAnyOrder("agency:POLICE", "agency:HEALTH");
        List<Notification> requests = ofKind(c, NotificationKind.AGENCY_INFORMATION_REQUEST);
        assertThat(requests).extracting(Notification::recipient).containsExactly("agency:POLICE", "agency:HEALTH");
        assertThat(requests).allSatisfy(n -> {
            assertThat(n.dueBy()).isEqualTo(workingDays.dueIn(10).toInstant());
            assertThat(n.body()).contains(c.ref().value()).doesNotContain(CaseUnderReview.CHILD_NAME);
        });
    }

    @Test
    void refusesAnAgencyTheBoardDoesNotKnowAndWritesNothing() {
        Started c = cases.start();
        Map<String, Long> before = cases.rowCounts(TABLES);

        InvalidSubmissionException refused = catchThrowableOfType(InvalidSubmissionException.class,
                () -> cases.requestInformation(c, "POLICE", "NO_SUCH_AGENCY"));

        assertThat(refused.errors()).containsExactly(new FieldError("agencies", "Select agencies from the list"));
        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        assertThat(cases.tasks(c, "Task_RequestAgencyInformation")).hasSize(1);
    }

    @Test
    void storesEachAgencysSummaryAgainstTheTasksAgencyOnly() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE", "HEALTH");
        String healthTask = cases.tasks(c, "Task_ProvideAgencySummary").stream()
                .filter(t -> "HEALTH".equals(taskService.getVariable(t.getId(), "agency"))).findFirst().orElseThrow().getId();

        assertThatThrownBy(() -> agencyUserCompletes(healthTask, Actor.agencyUser("pol1", "POLICE")))
                .isInstanceOf(NotPermittedException.class);
        cases.answer(c, "HEALTH");

        assertThat(cases.storedSummaries(c)).containsExactly("HEALTH by health1");
        assertThat(cases.tasks(c, "Task_ProvideAgencySummary")).hasSize(1);
    }

    @Test
    void refusesConcernsAboutWorkingTogetherWithoutDetails() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        Map<String, Long> before = cases.rowCounts(TABLES);

        InvalidSubmissionException refused = catchThrowableOfType(InvalidSubmissionException.class, () ->
                cases.complete(c, "Task_ProvideAgencySummary", Actor.agencyUser("pol1", "POLICE"), Map.of(
                        "involvementSummary", "Contacts", "chronology", "2026-01-05 visit", "filesSecured", "no",
                        "workingTogetherConcerns", "yes")));

        assertThat(refused.errors()).containsExactly(
                new FieldError("concernsDetails", "Enter your agency's concerns about how agencies worked together"));
        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        assertThat(cases.tasks(c, "Task_ProvideAgencySummary")).hasSize(1);
    }

    @Test
    void reminderChasesOnlyTheAgenciesThatHaveNotAnswered() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE", "HEALTH", "EDUCATION");
        cases.answer(c, "HEALTH");

        cases.fire(cases.timer(c, "BoundaryEvent_AgencySummaryReminder"));

        assertThat(ofKind(c, NotificationKind.AGENCY_INFORMATION_REMINDER)).extracting(Notification::recipient)
                .containsExactly("agency:POLICE", "agency:EDUCATION");
        assertThat(actions(c)).contains(TrailAction.AGENCY_REMINDER_SENT);
    }

    @Test
    void coordinatorClosesTheRoundEarlyAndTheCaseMovesToScreening() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE", "HEALTH");
        cases.answer(c, "POLICE");

        assertThatThrownBy(() -> agencyRound.closeEarly(PRG_MEMBER, c.ref(), "Enough information"))
                .isInstanceOf(NotPermittedException.class);
        agencyRound.closeEarly(COORDINATOR, c.ref(), "Health summary not needed for screening");

        assertThat(cases.tasks(c, "Task_ProvideAgencySummary")).isEmpty();
        assertThat(cases.tasks(c, "Task_ScreenAgainstCriteria")).hasSize(1);
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.is(TrailAction.AGENCY_ROUND_CLOSED_EARLY))
                .extracting(TrailEntry::details).containsExactly("round 1; not answered [HEALTH]");
    }

    @Test
    void closingEarlyNeedsAReason() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");

        assertThat(catchThrowableOfType(InvalidSubmissionException.class,
                () -> agencyRound.closeEarly(COORDINATOR, c.ref(), " ")).errors())
                .containsExactly(new FieldError("reason", "Enter why the round is closed early"));
        assertThat(cases.tasks(c, "Task_ProvideAgencySummary")).hasSize(1);
    }

    @Test
    void screeningStoresTheResultWithTheDecisionTableVersionAndRule() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        cases.screen(c, ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, ProcessVariables.CHILD_DIED);

        var table = repository.createDecisionDefinitionQuery().decisionDefinitionKey("scr-criteria")
                .latestVersion().singleResult();
        int latestVersion = table.getVersion();
        ScreeningOutcome outcome = screenings.latest(c.ref()).orElseThrow();
        assertThat(outcome.result()).isEqualTo(CriteriaResult.MET);
        assertThat(outcome.ruleId()).isEqualTo("Rule_ChildDied");
        assertThat(outcome.decisionKey()).isEqualTo("scr-criteria");
        assertThat(outcome.decisionVersion()).isEqualTo(latestVersion);
        assertThat(outcome.decisionVersionTag()).isEqualTo(table.getVersionTag()).isNotBlank();
        assertThat(outcome.reason()).contains("the child has died");
        assertThat(cases.variable(c, ProcessVariables.CRITERIA_RESULT)).isEqualTo("MET");
        assertThat(cases.variable(c, ProcessVariables.CHILD_DIED)).isEqualTo(true);
        assertThat(trail.forCase(c.ref())).filteredOn(e -> e.is(TrailAction.CRITERIA_EVALUATED)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("scr-criteria version " + latestVersion + " (" + table.getVersionTag() + ") rule Rule_ChildDied",
                        "childDied=true", "criteriaResult=MET"));
        assertThat(cases.tasks(c, "Task_RecommendToChair")).hasSize(1);
    }

    @Test
    void theEnginesDecisionHistoryNamesTheSameRuleAndVersionAsTheStoredScreening() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        cases.screen(c, ProcessVariables.DIED_IN_CUSTODY_OR_DETENTION);
        ScreeningOutcome stored = screenings.latest(c.ref()).orElseThrow();

        var fromHistory = evaluations.of(c.processInstanceId(), stored.facts(), java.time.Instant.EPOCH,
                Map.of("criteriaResult", "MANDATORY", "criteriaReason", stored.reason()));

        assertThat(fromHistory.ruleId()).isEqualTo(stored.ruleId()).isEqualTo("Rule_DiedInCustodyOrDetention");
        assertThat(fromHistory.decisionVersion()).isEqualTo(stored.decisionVersion());
        assertThat(fromHistory.versionTag()).isEqualTo(stored.decisionVersionTag());
    }

    @Test
    void refusedScreeningWritesNothingAndLeavesTheTaskOpen() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        Map<String, Long> before = cases.rowCounts(TABLES);

        assertThatThrownBy(() -> cases.complete(c, "Task_ScreenAgainstCriteria", PRG_MEMBER, Map.of("childDied", "yes")))
                .isInstanceOf(InvalidSubmissionException.class);

        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        assertThat(cases.tasks(c, "Task_ScreenAgainstCriteria")).hasSize(1);
        assertThat(screenings.latest(c.ref())).isEmpty();
    }

    @Test
    void recommendingAnotherReviewNeedsItsTypeAndARefusalWritesNothing() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        cases.screen(c);
        Map<String, Long> before = cases.rowCounts(TABLES);

        InvalidSubmissionException refused = catchThrowableOfType(InvalidSubmissionException.class, () ->
                cases.complete(c, "Task_RecommendToChair", PRG_MEMBER, Map.of("recommendation", "OTHER_REVIEW",
                        "rationale", "Criteria not met", "likelyLearning", "Escalation", "impact", "Low")));

        assertThat(refused.errors()).containsExactly(new FieldError("recommendedReviewType", "Select the recommended review type"));
        assertThat(cases.rowCounts(TABLES)).isEqualTo(before);
        cases.recommend(c, "NO_REVIEW");
        assertThat(cases.rowCounts("recommendation").get("recommendation")).isEqualTo(before.get("recommendation") + 1);
        assertThat(cases.tasks(c, "Task_RecordScrDecision")).hasSize(1);
    }

    private void agencyUserCompletes(String taskId, Actor actor) {
        cases.completeTask(taskId, actor, Map.of("involvementSummary", "Contacts", "chronology", "2026-01-05 visit",
                "filesSecured", "yes", "workingTogetherConcerns", "no"));
    }

    private List<Notification> ofKind(Started c, NotificationKind kind) {
        return notifications.forCase(c.ref()).stream().filter(n -> n.kind() == kind).toList();
    }

    private List<TrailAction> actions(Started c) {
        return trail.forCase(c.ref()).stream().map(TrailEntry::kind).toList();
    }
}
