package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.fire;
import static org.practicereview.processes.ProcessTesting.tasks;
import static org.practicereview.processes.ProcessTesting.timer;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;

/**
 * The board's targets for the steps no statute times (the defaults: triage 2 working days, the agency
 * request 3, screening 5, the recommendation 3, the referrer's answer 5, publication 20): each task is
 * due on its target, its people are reminded at the start of the working day before, and the business
 * unit is told when it passes; the task stays open for the coordinator's way out.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class StepTargetsProcessTest {

    ProcessEngine engine;
    CaseJourney journey;
    AnonymisationFindings findings = new AnonymisationFindings();

    @BeforeEach
    void referralArrivesOnChristmasEve2026() {
        ProcessTesting.clockAt("2026-12-24T10:00");
        journey = new CaseJourney(engine, ProcessTesting.prepare(engine, findings));
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void triageIsDueTwoWorkingDaysAfterTheReferralNotCountingChristmasAndTheBoxingDaySubstitute() {
        ProcessInstance instance = journey.submitReferral();

        // Thu 24 Dec: 25 Dec, the weekend and Mon 28 Dec (Boxing Day's substitute) do not count.
        assertThat(task("Task_TriageReferral", instance).getDueDate()).isEqualTo(uk("2026-12-30T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_TriageOverdue").getDuedate()).isEqualTo(uk("2026-12-30T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_TriageReminder").getDuedate()).isEqualTo(uk("2026-12-29T09:00"));
    }

    @Test
    void remindsTheDayBeforeThenTellsTheBusinessUnitAndTheTaskStaysOpenForItsWayOut() {
        ProcessInstance instance = journey.submitReferral();

        fire(engine, timer(engine, instance, "BoundaryEvent_TriageReminder"));
        assertThat(instance).hasPassed("Task_SendTriageReminder", "EndEvent_TriageReminderSent")
                .hasNotPassed("Task_EscalateTriageOverdue").isWaitingAt("Task_TriageReferral");

        fire(engine, timer(engine, instance, "BoundaryEvent_TriageOverdue"));
        assertThat(instance).hasPassed("Task_EscalateTriageOverdue", "EndEvent_TriageEscalated").isWaitingAt("Task_TriageReferral");

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));
        assertThat(instance).isWaitingAt("Task_RequestAgencyInformation");
    }

    @Test
    void aStepDoneInTimeIsNeitherRemindedNorEscalated() {
        ProcessInstance instance = journey.submitReferral();

        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));

        assertThat(timer(engine, instance, "BoundaryEvent_TriageReminder")).isNull();
        assertThat(timer(engine, instance, "BoundaryEvent_TriageOverdue")).isNull();
        assertThat(instance).hasNotPassed("Task_SendTriageReminder", "Task_EscalateTriageOverdue");
    }

    @Test
    void eachStepBeforeTheDecisionCountsItsOwnTargetFromTheDayItStarts() {
        ProcessInstance instance = journey.submitReferral();
        ProcessTesting.clockAt("2026-12-30T11:00");
        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "ACCEPTED"));
        // Wed 30 Dec + 3: Thu 31 Dec, (1 Jan a bank holiday, the weekend), Mon 4 and Tue 5 Jan.
        assertThat(task("Task_RequestAgencyInformation", instance).getDueDate()).isEqualTo(uk("2027-01-05T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_AgencyRequestReminder").getDuedate()).isEqualTo(uk("2027-01-04T09:00"));

        ProcessTesting.clockAt("2027-01-04T11:00");
        complete(task("Task_RequestAgencyInformation", instance), withVariables("agencies", List.of("POLICE")));
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());
        assertThat(task("Task_ScreenAgainstCriteria", instance).getDueDate()).isEqualTo(uk("2027-01-11T17:00"));

        ProcessTesting.clockAt("2027-01-08T11:00");
        complete(task("Task_ScreenAgainstCriteria", instance), Facts.deathWithAbuseSuspected());
        assertThat(task("Task_RecommendToChair", instance).getDueDate()).isEqualTo(uk("2027-01-13T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_RecommendationOverdue").getDuedate()).isEqualTo(uk("2027-01-13T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_RecommendationReminder").getDuedate()).isEqualTo(uk("2027-01-12T09:00"));
    }

    @Test
    void aStepBeforeTheDecisionIsNeverDueAfterTheChairsDecision() {
        Date decisionDue = uk("2026-12-29T17:00");
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("case-review", CASE, Map.of(
                "caseReference", CASE, "referrer", "referrer.one", "referrerAgency", "NORTHSHIRE_HEALTH", "decisionDue", decisionDue));

        assertThat(task("Task_TriageReferral", instance).getDueDate()).isEqualTo(decisionDue);
        assertThat(timer(engine, instance, "BoundaryEvent_TriageReminder").getDuedate()).isEqualTo(uk("2026-12-24T10:00"))
                .as("the working day before has passed: the reminder is due now");
    }

    @Test
    void theReferrerIsAskedToReplyWithinFiveWorkingDaysAndAWithdrawnQuestionStopsTheChase() {
        ProcessInstance instance = journey.submitReferral();
        complete(task("Task_TriageReferral", instance), withVariables("triageOutcome", "MORE_INFORMATION"));

        // Thu 24 Dec + 5: 29, 30, 31 Dec, (1 Jan, the weekend), 4 and 5 Jan.
        assertThat(task("Task_ProvideMoreInformation", instance).getDueDate()).isEqualTo(uk("2027-01-05T17:00"));
        assertThat(timer(engine, instance, "BoundaryEvent_ReferrerReplyReminder").getDuedate()).isEqualTo(uk("2027-01-04T09:00"));
        fire(engine, timer(engine, instance, "BoundaryEvent_ReferrerReplyReminder"));
        fire(engine, timer(engine, instance, "BoundaryEvent_ReferrerReplyOverdue"));
        assertThat(instance).hasPassed("Task_SendReferrerReplyReminder", "Task_EscalateReferrerReplyOverdue")
                .isWaitingAt("Task_ProvideMoreInformation");

        engine.getRuntimeService().createMessageCorrelation("QuestionWithdrawn").processInstanceBusinessKey(CASE).correlate();

        assertThat(instance).isWaitingAt("Task_TriageReferral");
        assertThat(timer(engine, instance, "BoundaryEvent_ReferrerReplyOverdue")).isNull();
        assertThat(task("Task_TriageReferral", instance).getDueDate()).as("triage counts afresh from the withdrawal")
                .isEqualTo(uk("2027-01-07T17:00"));
    }

    @Test
    void thePublicationPackIsDueTwentyWorkingDaysAfterSignOffAndItsFindingsShareThatDate() {
        findings.thenFind(2);
        ProcessInstance publication = startPublication();

        // Thu 24 Dec + 20 working days, without 25 and 28 Dec and 1 Jan: Tuesday 26 January 2027.
        Date packDue = uk("2027-01-26T17:00");
        assertThat(task("Task_PreparePublicationPack", publication).getDueDate()).isEqualTo(packDue);
        assertThat(timer(engine, publication, "BoundaryEvent_PublicationPackReminder").getDuedate()).isEqualTo(uk("2027-01-25T09:00"));

        ProcessTesting.clockAt("2027-01-11T10:00");
        complete(task("Task_PreparePublicationPack", publication));
        assertThat(publication).isWaitingAt("Task_ResolveAnonymisationFindings");
        assertThat(task("Task_ResolveAnonymisationFindings", publication).getDueDate()).isEqualTo(packDue);
        fire(engine, timer(engine, publication, "BoundaryEvent_FindingsResolutionOverdue"));
        assertThat(publication).hasPassed("Task_EscalateFindingsResolutionOverdue").isWaitingAt("Task_ResolveAnonymisationFindings");
    }

    @Test
    void theChairsApprovalIsDueTwentyWorkingDaysAfterTheNoticePeriodAndAPackSentBackIsCountedAfresh() {
        ProcessInstance publication = startPublication();
        complete(task("Task_PreparePublicationPack", publication));
        fire(engine, timer(engine, publication, "IntermediateTimer_NoticePeriod"));

        // The notice period ends Tue 5 Jan 2027 (PublicationProcessTest); + 20 working days: Tuesday 2 February.
        assertThat(task("Task_ApprovePublication", publication).getDueDate()).isEqualTo(uk("2027-02-02T17:00"));
        assertThat(timer(engine, publication, "BoundaryEvent_PublicationApprovalReminder").getDuedate())
                .isEqualTo(uk("2027-02-01T09:00"));

        complete(task("Task_ApprovePublication", publication), withVariables("publicationApproved", false));
        // Sent back at 17:00 on Tue 5 Jan: 20 working days from that day.
        assertThat(task("Task_PreparePublicationPack", publication).getDueDate()).isEqualTo(uk("2027-02-02T17:00"));
    }

    @Test
    void publicationHeldForProceedingsAsksTheBusinessUnitOnTheDateTheCoordinatorSetAndWaitsForTheirRecord() {
        ProcessInstance publication = startPublication();
        Date checkBy = uk("2027-03-29T09:00");
        complete(task("Task_PreparePublicationPack", publication),
                withVariables("proceedingsOpen", true, "proceedingsCheckBy", checkBy));

        assertThat(publication).isWaitingAt("IntermediateCatchEvent_ProceedingsConcluded");
        assertThat(timer(engine, publication, "BoundaryEvent_ProceedingsCheckDue").getDuedate()).isEqualTo(checkBy);
        fire(engine, timer(engine, publication, "BoundaryEvent_ProceedingsCheckDue"));
        assertThat(publication).hasPassed("Task_AskWhetherProceedingsConcluded", "EndEvent_ProceedingsCheckSent")
                .isWaitingAt("IntermediateCatchEvent_ProceedingsConcluded").hasNotPassed("Task_SendPrePublicationNotice");

        engine.getRuntimeService().createMessageCorrelation("ProceedingsConcluded").processInstanceBusinessKey(CASE).correlate();
        assertThat(publication).hasPassed("Task_SendPrePublicationNotice").isWaitingAt("IntermediateTimer_NoticePeriod");
    }

    @Test
    void aHoldBegunWithoutADateToCheckIsCheckedOnThePublicationTarget() {
        ProcessInstance publication = startPublication();
        complete(task("Task_PreparePublicationPack", publication), withVariables("proceedingsOpen", true));

        // Thu 24 Dec 2026 + 20 working days, at the start of the day.
        assertThat(timer(engine, publication, "BoundaryEvent_ProceedingsCheckDue").getDuedate()).isEqualTo(uk("2027-01-26T09:00"));
    }

    private ProcessInstance startPublication() {
        return engine.getRuntimeService().startProcessInstanceByKey("publication", CASE,
                Map.of("caseReference", CASE, "proceedingsOpen", false));
    }

    private static Date uk(String isoLocal) {
        return ProcessTesting.ukTime(isoLocal);
    }
}
