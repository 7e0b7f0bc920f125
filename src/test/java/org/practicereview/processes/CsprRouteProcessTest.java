package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.tasks;
import static org.practicereview.processes.ProcessTesting.timer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.workflow.WorkingDays;

/**
 * How case-review routes a case by the law it follows (issue 18): a serious incident under the 2018 arrangements goes to
 * the serious incident notification, then (when notifiable) the same agency information round, then the rapid review,
 * and to the review process as a local child safeguarding practice review only when the partners commissioned one; it
 * never meets the SCR's screening, the chair's decision or the SCR notices. The two called processes are stood in for
 * here by one-task stand-ins built in the test (same keys), whose completion sets the outputs the real ones set; each
 * real process has its own tests.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class CsprRouteProcessTest {

    ProcessEngine engine;
    WorkingDays workingDays;
    String standIns;

    @BeforeEach
    void referralArrivesTheMondayBeforeChristmas2026() {
        ProcessTesting.clockAt("2026-12-14T10:00");
        workingDays = ProcessTesting.prepare(engine, new AnonymisationFindings());
        standIns = engine.getRepositoryService().createDeployment()
                .addModelInstance("serious-incident.bpmn", standIn("serious-incident", "Task_StubSeriousIncident"))
                .addModelInstance("rapid-review.bpmn", standIn("rapid-review", "Task_StubRapidReview"))
                .deploy().getId();
    }

    @AfterEach
    void reset() {
        engine.getRepositoryService().deleteDeployment(standIns, true);
        ProcessTesting.reset();
    }

    /** A called process that waits at one task; completing it hands back whatever variables the test gives. */
    private static BpmnModelInstance standIn(String key, String task) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask(task).endEvent().done();
    }

    @Test
    void aSeriousIncidentUnderThe2018ArrangementsIsNotifiedBeforeAnyAgencyIsAsked() {
        ProcessInstance instance = accepted(referral("CSPR_2018", false));

        assertThat(instance).hasPassed("Gateway_Regime").isWaitingAt("CallActivity_SeriousIncident")
                .hasNotPassed("Task_RequestAgencyInformation");
        assertThat(calledProcess(instance)).isWaitingAt("Task_StubSeriousIncident");
        assertThat(calledProcess(instance).getBusinessKey()).isEqualTo(CASE);
    }

    @Test
    void anIncidentTheTableSaysIsNotNotifiableClosesTheCaseWithoutScreeningTheChairOrAnyNoticeToThePanel() {
        ProcessInstance instance = accepted(referral("CSPR_2018", false));

        complete(task("Task_StubSeriousIncident", calledProcess(instance)), withVariables("notifiable", false));

        assertThat(instance).isEnded().hasPassed("EndEvent_NotNotifiable")
                .hasNotPassed("Task_RequestAgencyInformation", "Task_ScreenAgainstCriteria", "Task_RecordScrDecision",
                        "Task_NotifyDecision", "CallActivity_RapidReview");
    }

    @Test
    void aNotifiableIncidentGoesThroughTheSameAgencyRoundAndThenTheRapidReviewNeverTheScrScreening() {
        ProcessInstance instance = roundAnswered(notified(accepted(referral("CSPR_2018", false))));

        assertThat(instance).hasPassed("Task_RequestAgencyInformation", "Gateway_AfterRound")
                .isWaitingAt("CallActivity_RapidReview").hasNotPassed("Task_ScreenAgainstCriteria", "Task_EvaluateCriteria");
        assertThat(calledProcess(instance)).isWaitingAt("Task_StubRapidReview");
        assertThat(timer(engine, instance, "BoundaryEvent_DecisionOverdue")).as("no chair's decision is awaited").isNull();
    }

    @Test
    void aRoundClosedEarlyStillLeadsToTheRapidReview() {
        ProcessInstance instance = notified(accepted(referral("CSPR_2018", false)));
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of("POLICE", "HEALTH")));

        engine.getRuntimeService().createMessageCorrelation("AgencyRoundClosed").processInstanceBusinessKey(CASE)
                .processInstanceId(instance.getId()).correlate();

        assertThat(instance).hasPassed("BoundaryEvent_RoundClosedEarly").isWaitingAt("CallActivity_RapidReview");
    }

    @Test
    void whenThePartnersCommissionALocalReviewTheReviewProcessRunsItAsAnLcsprFromTheirDecision() {
        ProcessInstance instance = roundAnswered(notified(accepted(referral("CSPR_2018", false))));

        complete(task("Task_StubRapidReview", calledProcess(instance)), withVariables("lcsprCommissioned", true,
                "reviewType", "LCSPR", "decisionToInitiateDate", "2027-01-20"));

        assertThat(instance).hasPassed("Gateway_LocalReview").isWaitingAt("CallActivity_Review");
        ProcessInstance review = calledProcess(instance);
        assertThat(review).variables().containsEntry("reviewType", "LCSPR").containsEntry("regime", "CSPR_2018")
                .containsEntry("decisionToInitiateDate", "2027-01-20");
        assertThat(review).isWaitingAt("Task_AgreeTermsOfReference");
    }

    @Test
    void whenThePartnersDecideAgainstALocalReviewTheCaseClosesAfterTheRapidReview() {
        ProcessInstance instance = roundAnswered(notified(accepted(referral("CSPR_2018", false))));

        complete(task("Task_StubRapidReview", calledProcess(instance)), withVariables("lcsprCommissioned", false));

        assertThat(instance).isEnded().hasPassed("EndEvent_NoLocalReview").hasNotPassed("CallActivity_Review",
                "Task_RecordScrDecision", "Task_NotifyDecision");
    }

    @Test
    void aSeriousIncidentOfAScrCaseIsScreenedAsBeforeAndNeverNotifiedUnderThe2018Route() {
        ProcessInstance instance = accepted(referral("SCR_2006", false));
        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation").hasNotPassed("CallActivity_SeriousIncident");

        roundAnswered(instance);

        assertThat(instance).isWaitingAt("Task_ScreenAgainstCriteria").hasNotPassed("CallActivity_RapidReview");
    }

    @Test
    void aLearningReferralUnderThe2018ArrangementsIsNeitherNotifiedNorRapidReviewed() {
        ProcessInstance instance = accepted(referral("CSPR_2018", true));

        assertThat(instance).hasPassed("Task_CommissionLearningReview").isWaitingAt("CallActivity_Review")
                .hasNotPassed("Gateway_Regime", "CallActivity_SeriousIncident", "CallActivity_RapidReview");
    }

    private ProcessInstance referral(String regime, boolean learningReferral) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseReference", CASE, "referrer", "referrer.one",
                "referrerAgency", "NORTHSHIRE_HEALTH", "learningReferral", learningReferral,
                "decisionDue", workingDays.dueInMonths(1), "regime", regime));
        return engine.getRuntimeService().startProcessInstanceByKey("case-review", CASE, variables);
    }

    private ProcessInstance accepted(ProcessInstance instance) {
        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));
        return instance;
    }

    private ProcessInstance notified(ProcessInstance instance) {
        complete(task("Task_StubSeriousIncident", calledProcess(instance)), withVariables("notifiable", true,
                "awarenessDate", "2026-12-11", "panelNotifiedDate", "2026-12-16"));
        assertThat(instance).hasPassed("Gateway_Notifiable").isWaitingAt("Task_RequestAgencyInformation");
        return instance;
    }

    private ProcessInstance roundAnswered(ProcessInstance instance) {
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of("POLICE")));
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());
        return instance;
    }

    private ProcessInstance calledProcess(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    }
}
