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
import static org.practicereview.processes.ProcessTesting.ukTime;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
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
    WorkingDays workingDays;

    @BeforeEach
    void referralArrivesTheMondayBeforeChristmas2026() {
        ProcessTesting.clockAt("2026-12-14T10:00");
        workingDays = ProcessTesting.prepare(engine, new AnonymisationFindings());
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void registersTheReferralAndWaitsForTriageByTheCoordinator() {
        ProcessInstance instance = submitReferral();

        assertThat(instance).hasPassed("Task_RegisterReferral").isWaitingAt("Task_TriageReferral");
        assertThat(instance).hasBusinessKey(CASE);
        assertThat(task("Task_TriageReferral", instance)).hasCandidateGroup("PRG_COORDINATOR");
    }

    @Test
    void asksTheReferrerForMoreInformationAndReturnsToTriage() {
        ProcessInstance instance = submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MORE_INFORMATION"));
        assertThat(instance).isWaitingAt("Task_ProvideMoreInformation");
        assertThat(task("Task_ProvideMoreInformation", instance)).isAssignedTo("referrer.one");

        complete(task("Task_ProvideMoreInformation", instance));
        assertThat(instance).isWaitingAt("Task_TriageReferral");
    }

    @Test
    void endsAsMergedWhenTriageFindsAnOpenCaseForTheSameChild() {
        ProcessInstance instance = submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MERGED"));

        assertThat(instance).hasPassed("Task_MergeReferral").isEnded();
        assertThat(instance).hasPassed("EndEvent_ReferralMerged");
    }

    @Test
    void asksEachChosenAgencyForASummaryDueTenWorkingDaysLaterAcrossChristmas() {
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE", "HEALTH");

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
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE", "HEALTH");

        Job reminder = timer(engine, instance, "BoundaryEvent_AgencySummaryReminder");
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2026, 12, 24, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);

        assertThat(instance).hasPassed("Task_SendAgencyReminder", "EndEvent_ReminderSent")
                .isWaitingAt("Task_ProvideAgencySummary");
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).hasSize(2);
    }

    @Test
    void screensAgainstTheCriteriaOnceEveryAgencyHasAnswered() {
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE", "HEALTH");

        tasks(engine, instance, "Task_ProvideAgencySummary").forEach(t -> engine.getTaskService().complete(t.getId()));

        assertThat(instance).hasPassed("EndEvent_AgencyRoundCompleted").isWaitingAt("Task_ScreenAgainstCriteria");
        assertThat(instance).hasNotPassed("Task_SendAgencyReminder");
        assertThat(task("Task_ScreenAgainstCriteria", instance)).hasCandidateGroup("PRG_MEMBER");
    }

    @Test
    void screensAgainstTheCriteriaWhenTheCoordinatorClosesTheRoundEarly() {
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE", "HEALTH");
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());

        engine.getRuntimeService().createMessageCorrelation("AgencyRoundClosed").processInstanceBusinessKey(CASE).correlate();

        assertThat(instance).hasPassed("BoundaryEvent_RoundClosedEarly").isWaitingAt("Task_ScreenAgainstCriteria");
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).isEmpty();
        assertThat(timer(engine, instance, "BoundaryEvent_AgencySummaryReminder")).isNull();
    }

    @Test
    void recordsMandatoryWhenAChildDiedInCustody() {
        ProcessInstance instance = screened(Facts.deathInCustody());

        assertThat(instance).hasPassed("Task_EvaluateCriteria", "Task_RecordCriteriaResult")
                .isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "MANDATORY");
    }

    @Test
    void recordsMetWhenAChildDiedAndAbuseIsSuspected() {
        ProcessInstance instance = screened(Facts.deathWithAbuseSuspected());

        assertThat(instance).isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "MET");
        Map<?, ?> outcome = (Map<?, ?>) engine.getRuntimeService().getVariable(instance.getId(), "criteriaOutcome");
        assertThat(outcome.get("criteriaResult")).isEqualTo("MET");
        assertThat(outcome.get("criteriaReason").toString()).contains("reg. 5(2)(b)(i)");
    }

    @Test
    void recordsNotMetWithoutAbuseOrNeglect() {
        ProcessInstance instance = screened(Facts.harmWithoutAbuseOrNeglect());

        assertThat(instance).isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "NOT_MET");
    }

    @Test
    void routesToChairWhenCriteriaMet() {
        ProcessInstance instance = atChair(Facts.deathWithAbuseSuspected());

        assertThat(instance).isWaitingAt("Task_RecordScrDecision");
        Task decision = task("Task_RecordScrDecision", instance);
        assertThat(decision).hasCandidateGroup("CHAIR");
        // One month from the referral: Thu 14 Jan 2027, end of the working day.
        assertThat(inUk(decision.getDueDate())).isEqualTo(ZonedDateTime.of(2027, 1, 14, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void routesToChairWhenCriteriaNotMet() {
        ProcessInstance instance = atChair(Facts.harmWithoutAbuseOrNeglect());

        assertThat(instance).isWaitingAt("Task_RecordScrDecision").variables().containsEntry("criteriaResult", "NOT_MET");
    }

    @Test
    void escalatesAnOverdueDecisionAndLeavesItWithTheChair() {
        ProcessInstance instance = atChair(Facts.deathWithAbuseSuspected());

        Job overdue = timer(engine, instance, "BoundaryEvent_DecisionOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(ukTime("2027-01-14T17:00"));
        fire(engine, overdue);

        assertThat(instance).hasPassed("Task_EscalateOverdueDecision", "EndEvent_DecisionEscalated")
                .isWaitingAt("Task_RecordScrDecision");
    }

    @Test
    void deferringReturnsToRequestingAgencyInformation() {
        ProcessInstance instance = atChair(Facts.deathWithAbuseSuspected());

        complete(task("Task_RecordScrDecision", instance), withVariables("decisionOption", "DEFER", "reviewCommissioned", false));

        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation").hasNotPassed("Task_NotifyDecision");
        acceptedRoundAgain(instance);
    }

    @Test
    void initiatingAnScrNotifiesAndStartsTheReviewForTheSameCase() {
        ProcessInstance instance = decided(Facts.deathWithAbuseSuspected(), "INITIATE_SCR", true, "SCR");

        assertThat(instance).hasPassed("Task_NotifyDecision").isWaitingAt("CallActivity_Review");
        ProcessInstance review = reviewOf(instance);
        assertThat(review).hasBusinessKey(CASE).isWaitingAt("Task_AgreeTermsOfReference");
        assertThat(review).variables().containsEntry("caseReference", CASE).containsEntry("reviewType", "SCR")
                .containsEntry("criteriaResult", "MET");
    }

    @Test
    void commissioningAnotherReviewStartsTheLighterReview() {
        ProcessInstance instance = decided(Facts.harmWithoutAbuseOrNeglect(), "OTHER_REVIEW", true, "LEARNING");

        assertThat(instance).hasPassed("Task_NotifyDecision").isWaitingAt("CallActivity_Review");
        assertThat(reviewOf(instance)).variables().containsEntry("reviewType", "LEARNING");
    }

    @Test
    void noReviewClosesTheCaseWithLearning() {
        ProcessInstance instance = decided(Facts.harmWithoutAbuseOrNeglect(), "NO_REVIEW", false, null);

        assertThat(instance).hasPassed("Task_NotifyDecision", "EndEvent_ClosedWithLearning").isEnded();
        assertThat(instance).hasNotPassed("CallActivity_Review");
    }

    @Test
    void endsPublishedOnceTheReviewAndItsPublicationComplete() {
        ProcessInstance instance = decided(Facts.deathWithAbuseSuspected(), "INITIATE_SCR", true, "LEARNING");
        ProcessInstance review = reviewOf(instance);
        complete(task("Task_AgreeTermsOfReference", review), withVariables("familyInvolvement", false));
        complete(task("Task_AppointLeadReviewer", review), withVariables("leadReviewer", "reviewer.one"));
        complete(task("Task_DraftReport", review));
        complete(task("Task_QualityAssureReport", review), withVariables("qaOutcome", "ACCEPTED"));
        complete(task("Task_AgreeActionPlan", review));

        assertThat(instance).isWaitingAt("CallActivity_Publication").variables().containsEntry("qaOutcome", "ACCEPTED");
        ProcessInstance publication = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("publication").singleResult();
        assertThat(publication).hasBusinessKey(CASE);
        complete(task("Task_PreparePublicationPack", publication), withVariables("proceedingsOpen", false));
        fire(engine, timer(engine, publication, "IntermediateTimer_NoticePeriod"));
        complete(task("Task_ApprovePublication", publication), withVariables("publicationApproved", true));

        assertThat(instance).hasPassed("EndEvent_ReviewPublished").isEnded();
    }

    private ProcessInstance submitReferral() {
        return engine.getRuntimeService().startProcessInstanceByKey("case-review", CASE, Map.of(
                "caseReference", CASE,
                "referrer", "referrer.one",
                "decisionDue", workingDays.dueInMonths(1)));
    }

    private ProcessInstance acceptAndAskAgencies(ProcessInstance instance, String... agencies) {
        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));
        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation");
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of(agencies)));
        return instance;
    }

    private void acceptedRoundAgain(ProcessInstance instance) {
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of("EDUCATION")));
        assertThat(tasks(engine, instance, "Task_ProvideAgencySummary")).hasSize(1);
    }

    private ProcessInstance screened(Map<String, Object> facts) {
        ProcessInstance instance = acceptAndAskAgencies(submitReferral(), "POLICE");
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());
        complete(task("Task_ScreenAgainstCriteria", instance), facts);
        return instance;
    }

    private ProcessInstance atChair(Map<String, Object> facts) {
        ProcessInstance instance = screened(facts);
        complete(task("Task_RecommendToChair", instance));
        return instance;
    }

    private ProcessInstance decided(Map<String, Object> facts, String option, boolean reviewCommissioned, String reviewType) {
        ProcessInstance instance = atChair(facts);
        Map<String, Object> decision = new java.util.HashMap<>(Map.of("decisionOption", option, "reviewCommissioned", reviewCommissioned));
        decision.put("reviewType", reviewType);
        complete(task("Task_RecordScrDecision", instance), decision);
        return instance;
    }

    private ProcessInstance reviewOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    }
}
