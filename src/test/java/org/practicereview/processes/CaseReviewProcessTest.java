package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.fire;
import static org.practicereview.processes.ProcessTesting.inUk;
import static org.practicereview.processes.ProcessTesting.tasks;
import static org.practicereview.processes.ProcessTesting.timer;

import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.workflow.WorkingDays;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class CaseReviewProcessTest {

    ProcessEngine engine;
    CaseJourney journey;

    @BeforeEach
    void referralArrivesTheMondayBeforeChristmas2026() {
        ProcessTesting.clockAt("2026-12-14T10:00");
        journey = new CaseJourney(engine, ProcessTesting.prepare(engine, new AnonymisationFindings()));
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void registersTheReferralAndWaitsForTriageByTheCoordinator() {
        ProcessInstance instance = journey.submitReferral();

        assertThat(instance).hasPassed("Task_RegisterReferral").isWaitingAt("Task_TriageReferral");
        assertThat(instance).hasBusinessKey(CASE);
        assertThat(task("Task_TriageReferral", instance)).hasCandidateGroup("PRG_COORDINATOR");
    }

    @Test
    void sendsALearningReferralAcceptedAtTriageStraightToItsReviewWithoutScreeningOrTheChair() {
        ProcessInstance instance = journey.submitReferral(true);

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));

        assertThat(instance).hasPassed("Gateway_ReferralRoute", "Task_CommissionLearningReview")
                .isWaitingAt("CallActivity_Review")
                .hasNotPassed("Task_RequestAgencyInformation", "Task_ScreenAgainstCriteria", "Task_EvaluateCriteria",
                        "Task_RecordScrDecision", "Task_NotifyDecision");
        assertThat(instance).variables().containsEntry("reviewCommissioned", true).containsEntry("reviewType", "GOOD_PRACTICE");
        assertThat(journey.reviewOf(instance)).isWaitingAt("Task_AgreeTermsOfReference");
        assertThat(timer(engine, instance, "BoundaryEvent_DecisionOverdue")).as("no chair's decision is awaited").isNull();
    }

    @Test
    void screensASeriousIncidentAfterTheAgencyRoundAndNeverCommissionsALearningReview() {
        ProcessInstance instance = journey.acceptAndAskAgencies(journey.submitReferral(false), "POLICE");

        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());

        assertThat(instance).hasPassed("Gateway_ReferralRoute").isWaitingAt("Task_ScreenAgainstCriteria")
                .hasNotPassed("Task_CommissionLearningReview");
    }

    @Test
    void aCaseStartedBeforeTheLearningRouteKeepsTheStatutoryRoute() {
        ProcessInstance instance = journey.submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));

        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation").hasNotPassed("Task_CommissionLearningReview");
    }

    @Test
    void aLearningReferralStillGoesBackToTheReferrerWhenTriageAsksForMore() {
        ProcessInstance instance = journey.submitReferral(true);

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MORE_INFORMATION"));

        assertThat(instance).isWaitingAt("Task_ProvideMoreInformation").hasNotPassed("Task_CommissionLearningReview");
    }

    @Test
    void asksTheReferrerForMoreInformationAndReturnsToTriage() {
        ProcessInstance instance = journey.submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MORE_INFORMATION"));
        assertThat(instance).isWaitingAt("Task_ProvideMoreInformation");
        assertThat(task("Task_ProvideMoreInformation", instance)).isNotAssigned().hasCandidateGroup("agency:NORTHSHIRE_HEALTH");

        complete(task("Task_ProvideMoreInformation", instance));
        assertThat(instance).isWaitingAt("Task_TriageReferral");
    }

    @Test
    void endsAsMergedWhenTriageFindsAnOpenCaseForTheSameChild() {
        ProcessInstance instance = journey.submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MERGED"));

        assertThat(instance).hasPassed("Task_MergeReferral").isEnded();
        assertThat(instance).hasPassed("EndEvent_ReferralMerged");
    }

    @Test
    void asksEachChosenAgencyForASummaryDueTenWorkingDaysLaterAcrossChristmas() {
        ProcessInstance instance = journey.acceptAndAskAgencies(journey.submitReferral(), "POLICE", "HEALTH");

        List<Task> summaries = tasks(engine, instance, "Task_ProvideAgencySummary");
        assertThat(summaries).hasSize(2);
        assertThat(summaries).allSatisfy(task ->
                // 25 Dec and the Boxing Day substitute (Mon 28 Dec) do not count.
                assertThat(inUk(task.getDueDate())).isEqualTo(ZonedDateTime.of(2026, 12, 30, 17, 0, 0, 0, WorkingDays.UK)));
        assertThat(summaries.stream().map(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId()))
                .containsExactlyInAnyOrder("agency:POLICE", "agency:HEALTH");
    }

    @Test
    void remindsAgenciesAfterEightWorkingDaysWithoutClosingTheRound() {
        ProcessInstance instance = journey.acceptAndAskAgencies(journey.submitReferral(), "POLICE", "HEALTH");

        Job reminder = timer(engine, instance, "BoundaryEvent_AgencySummaryReminder");
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2026, 12, 24, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);

        assertThat(instance).hasPassed("Task_SendAgencyReminder", "EndEvent_ReminderSent")
                .isWaitingAt("Task_ProvideAgencySummary");
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).hasSize(2);
    }

    @Test
    void screensAgainstTheCriteriaOnceEveryAgencyHasAnswered() {
        ProcessInstance instance = journey.acceptAndAskAgencies(journey.submitReferral(), "POLICE", "HEALTH");

        tasks(engine, instance, "Task_ProvideAgencySummary").forEach(t -> engine.getTaskService().complete(t.getId()));

        assertThat(instance).hasPassed("EndEvent_AgencyRoundCompleted").isWaitingAt("Task_ScreenAgainstCriteria");
        assertThat(instance).hasNotPassed("Task_SendAgencyReminder");
        assertThat(task("Task_ScreenAgainstCriteria", instance)).hasCandidateGroup("PRG_MEMBER");
    }

    @Test
    void screensAgainstTheCriteriaWhenTheCoordinatorClosesTheRoundEarly() {
        ProcessInstance instance = journey.acceptAndAskAgencies(journey.submitReferral(), "POLICE", "HEALTH");
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());

        engine.getRuntimeService().createMessageCorrelation("AgencyRoundClosed").processInstanceBusinessKey(CASE).correlate();

        assertThat(instance).hasPassed("BoundaryEvent_RoundClosedEarly").isWaitingAt("Task_ScreenAgainstCriteria");
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).isEmpty();
        assertThat(timer(engine, instance, "BoundaryEvent_AgencySummaryReminder")).isNull();
    }
}
