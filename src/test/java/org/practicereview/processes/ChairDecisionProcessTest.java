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
import java.util.Comparator;
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
class ChairDecisionProcessTest {

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
    void recordsMandatoryWhenAChildDiedInCustody() {
        ProcessInstance instance = journey.screened(Facts.deathInCustody());

        assertThat(instance).hasPassed("Task_EvaluateCriteria", "Task_RecordCriteriaResult")
                .isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "MANDATORY");
    }

    @Test
    void recordsMetWhenAChildDiedAndAbuseIsSuspected() {
        ProcessInstance instance = journey.screened(Facts.deathWithAbuseSuspected());

        assertThat(instance).isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "MET");
        Map<?, ?> outcome = (Map<?, ?>) engine.getRuntimeService().getVariable(instance.getId(), "criteriaOutcome");
        assertThat(outcome.get("criteriaResult")).isEqualTo("MET");
        assertThat(outcome.get("criteriaReason").toString()).contains("reg. 5(2)(b)(i)");
    }

    @Test
    void recordsNotMetWithoutAbuseOrNeglect() {
        ProcessInstance instance = journey.screened(Facts.harmWithoutAbuseOrNeglect());

        assertThat(instance).isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "NOT_MET");
    }

    @Test
    void routesToChairWhenCriteriaMet() {
        ProcessInstance instance = journey.atChair(Facts.deathWithAbuseSuspected());

        assertThat(instance).isWaitingAt("Task_RecordScrDecision");
        Task decision = task("Task_RecordScrDecision", instance);
        assertThat(decision).hasCandidateGroup("CHAIR");
        // One month from the referral: Thu 14 Jan 2027, end of the working day.
        assertThat(inUk(decision.getDueDate())).isEqualTo(ZonedDateTime.of(2027, 1, 14, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void routesToChairWhenCriteriaNotMet() {
        ProcessInstance instance = journey.atChair(Facts.harmWithoutAbuseOrNeglect());

        assertThat(instance).isWaitingAt("Task_RecordScrDecision").variables().containsEntry("criteriaResult", "NOT_MET");
    }

    @Test
    void escalatesAnOverdueDecisionAndLeavesItWithTheChair() {
        ProcessInstance instance = journey.atChair(Facts.deathWithAbuseSuspected());

        Job overdue = timer(engine, instance, "BoundaryEvent_DecisionOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(ukTime("2027-01-14T17:00"));
        fire(engine, overdue);

        assertThat(instance).hasPassed("Task_EscalateOverdueDecision", "EndEvent_DecisionEscalated")
                .isWaitingAt("Task_RecordScrDecision");
    }

    @Test
    void deferringReturnsToRequestingAgencyInformation() {
        ProcessInstance instance = journey.atChair(Facts.deathWithAbuseSuspected());

        complete(task("Task_RecordScrDecision", instance), withVariables("decisionOption", "DEFER", "reviewCommissioned", false));

        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation").hasNotPassed("Task_NotifyDecision");
        journey.startsASecondRound(instance);
    }

    @Test
    void initiatingAnScrNotifiesAndStartsTheReviewForTheSameCase() {
        ProcessInstance instance = journey.decided(Facts.deathWithAbuseSuspected(), "INITIATE_SCR", true, "SCR");

        assertThat(instance).hasPassed("Task_NotifyDecision").isWaitingAt("CallActivity_Review");
        ProcessInstance review = journey.reviewOf(instance);
        assertThat(review).hasBusinessKey(CASE).isWaitingAt("Task_AgreeTermsOfReference");
        assertThat(review).variables().containsEntry("caseReference", CASE).containsEntry("reviewType", "SCR")
                .containsEntry("criteriaResult", "MET");
    }

    @Test
    void commissioningAnotherReviewStartsTheLighterReview() {
        ProcessInstance instance = journey.decided(Facts.harmWithoutAbuseOrNeglect(), "OTHER_REVIEW", true, "LEARNING");

        assertThat(instance).hasPassed("Task_NotifyDecision").isWaitingAt("CallActivity_Review");
        assertThat(journey.reviewOf(instance)).variables().containsEntry("reviewType", "LEARNING");
    }

    @Test
    void noReviewClosesTheCaseOnlyOnceEveryFollowUpActionIsDone() {
        ProcessInstance instance = journey.decided(Facts.harmWithoutAbuseOrNeglect(), "NO_REVIEW", false, null);

        assertThat(instance).hasPassed("Task_NotifyDecision").isWaitingAt("Task_CompleteFollowUpAction");
        List<Task> actions = tasks(engine, instance, "Task_CompleteFollowUpAction");
        assertThat(actions).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("PRG_COORDINATOR"));
        assertThat(actions).extracting(Task::getDueDate).doesNotContainNull().doesNotHaveDuplicates();
        complete(actions.get(0));
        assertThat(instance).isWaitingAt("Task_CompleteFollowUpAction").hasNotPassed("EndEvent_ClosedWithLearning");
        complete(actions.get(1));

        assertThat(instance).hasPassed("EndEvent_ClosedWithLearning").isEnded();
        assertThat(instance).hasNotPassed("CallActivity_Review");
    }

    @Test
    void escalatesWhenTheFirstFollowUpActionIsDueAndKeepsWaiting() {
        ProcessInstance instance = journey.decided(Facts.harmWithoutAbuseOrNeglect(), "NO_REVIEW", false, null);
        Job overdue = timer(engine, instance, "BoundaryEvent_FollowUpOverdue");
        assertThat(overdue.getDuedate()).isEqualTo(tasks(engine, instance, "Task_CompleteFollowUpAction").stream()
                .map(Task::getDueDate).min(Comparator.naturalOrder()).orElseThrow());

        fire(engine, overdue);

        assertThat(instance).hasPassed("Task_EscalateFollowUpOverdue", "EndEvent_FollowUpEscalated")
                .isWaitingAt("Task_CompleteFollowUpAction");
        assertThat(tasks(engine, instance, "Task_CompleteFollowUpAction")).hasSize(2);
    }

    @Test
    void endsPublishedOnceTheReviewAndItsPublicationComplete() {
        ProcessInstance instance = journey.decided(Facts.deathWithAbuseSuspected(), "INITIATE_SCR", true, "LEARNING");
        ProcessInstance review = journey.reviewOf(instance);
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
}
