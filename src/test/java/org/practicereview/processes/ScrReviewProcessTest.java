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
class ScrReviewProcessTest {

    ProcessEngine engine;

    @BeforeEach
    void reviewCommissionedTheTuesdayAfterEaster2027() {
        // Tue 30 Mar 2027: five months on is Mon 30 Aug 2027, the summer bank holiday.
        ProcessTesting.clockAt("2027-03-30T11:00");
        ProcessTesting.prepare(engine, new AnonymisationFindings());
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void startsWithTermsOfReferenceAgreedByThePrg() {
        ProcessInstance review = commission("SCR");

        assertThat(review).isWaitingAt("Task_AgreeTermsOfReference");
        assertThat(task("Task_AgreeTermsOfReference", review)).hasCandidateGroup("PRG_MEMBER");
    }

    @Test
    void asksEachAgencyForAReportDueInTwentyWorkingDaysOnAnScr() {
        ProcessInstance review = leadReviewerAppointed(commission("SCR"), false);

        assertThat(review).hasPassed("Task_AppointLeadReviewer").isWaitingAt("Task_SubmitAgencyReport");
        List<Task> reports = tasks(engine, review, "Task_SubmitAgencyReport");
        assertThat(reports).hasSize(2);
        // Twenty working days after Tue 30 Mar 2027: four full weeks, so Tue 27 Apr 2027.
        assertThat(reports).allSatisfy(report ->
                assertThat(inUk(report.getDueDate())).isEqualTo(ZonedDateTime.of(2027, 4, 27, 17, 0, 0, 0, WorkingDays.UK)));
    }

    @Test
    void remindsTheAgenciesStillToReportFifteenWorkingDaysInAndKeepsWaiting() {
        ProcessInstance review = leadReviewerAppointed(commission("SCR"), false);
        engine.getTaskService().complete(tasks(engine, review, "Task_SubmitAgencyReport").get(0).getId());

        Job reminder = timer(engine, review, "BoundaryEvent_AgencyReportReminder");
        // Fifteen working days after Tue 30 Mar 2027 is Tue 20 Apr 2027, in the morning.
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 4, 20, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);

        assertThat(review).hasPassed("Task_SendAgencyReportReminder", "EndEvent_AgencyReportReminderSent")
                .isWaitingAt("Task_SubmitAgencyReport");
        assertThat(tasks(engine, review, "Task_SubmitAgencyReport")).hasSize(1);
    }

    @Test
    void escalatesAtTheReportsDueDateAndKeepsWaiting() {
        ProcessInstance review = leadReviewerAppointed(commission("SCR"), false);

        Job overdue = timer(engine, review, "BoundaryEvent_AgencyReportsOverdue");
        Task report = tasks(engine, review, "Task_SubmitAgencyReport").get(0);
        assertThat(overdue.getDuedate()).isEqualTo(report.getDueDate());
        fire(engine, overdue);

        assertThat(review).hasPassed("Task_EscalateAgencyReportsOverdue", "EndEvent_AgencyReportsEscalated")
                .isWaitingAt("Task_SubmitAgencyReport");
        assertThat(tasks(engine, review, "Task_SubmitAgencyReport")).hasSize(2);
    }

    @Test
    void closingTheReportRoundMovesTheReviewOnWithoutTheMissingReports() {
        ProcessInstance review = leadReviewerAppointed(commission("SCR"), false);
        engine.getTaskService().complete(tasks(engine, review, "Task_SubmitAgencyReport").get(0).getId());

        engine.getRuntimeService().createMessageCorrelation("AgencyReportRoundClosed").processInstanceBusinessKey(CASE).correlate();

        assertThat(review).hasPassed("BoundaryEvent_ReportRoundClosed").isWaitingAt("Task_DraftReport");
        assertThat(tasks(engine, review, "Task_SubmitAgencyReport")).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId())
                .activityId("BoundaryEvent_AgencyReportReminder").count()).isZero();
    }

    @Test
    void aWithdrawnReportEndsThatAgencysTaskAndTheRoundWaitsOnlyForTheOthers() {
        ProcessInstance review = leadReviewerAppointed(commission("SCR"), false);
        List<Task> reports = tasks(engine, review, "Task_SubmitAgencyReport");

        // The application withdraws a task by completing it without variables, after recording why.
        engine.getTaskService().complete(reports.get(0).getId());
        assertThat(review).isWaitingAt("Task_SubmitAgencyReport");
        assertThat(tasks(engine, review, "Task_SubmitAgencyReport")).extracting(Task::getId).containsExactly(reports.get(1).getId());

        engine.getTaskService().complete(reports.get(1).getId());
        assertThat(review).isWaitingAt("Task_DraftReport").hasNotPassed("BoundaryEvent_ReportRoundClosed");
    }

    @Test
    void recordsFamilyInvolvementWhenTheTermsOfReferenceProvideForIt() {
        ProcessInstance review = agencyReportsIn(leadReviewerAppointed(commission("SCR"), true));

        assertThat(review).isWaitingAt("Task_RecordFamilyInvolvement");
        assertThat(task("Task_RecordFamilyInvolvement", review)).isAssignedTo("reviewer.one");
        complete(task("Task_RecordFamilyInvolvement", review));
        assertThat(review).isWaitingAt("Task_DraftReport");
    }

    @Test
    void goesStraightToTheDraftWhenTheFamilyIsNotInvolved() {
        ProcessInstance review = agencyReportsIn(leadReviewerAppointed(commission("SCR"), false));

        assertThat(review).isWaitingAt("Task_DraftReport").hasNotPassed("Task_RecordFamilyInvolvement");
        assertThat(task("Task_DraftReport", review)).isAssignedTo("reviewer.one");
    }

    @Test
    void returnsTheDraftToTheLeadReviewerUntilQualityAssuranceAcceptsIt() {
        ProcessInstance review = agencyReportsIn(leadReviewerAppointed(commission("SCR"), false));
        complete(task("Task_DraftReport", review));

        complete(task("Task_QualityAssureReport", review), withVariables("qaOutcome", "RETURNED"));
        assertThat(review).isWaitingAt("Task_DraftReport");
        complete(task("Task_DraftReport", review));
        assertThat(task("Task_QualityAssureReport", review)).hasCandidateGroup("PRG_MEMBER");
        complete(task("Task_QualityAssureReport", review), withVariables("qaOutcome", "ACCEPTED"));

        assertThat(review).isWaitingAt("Task_BoardSignOff");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                .activityId("Task_DraftReport").count()).isEqualTo(2);
    }

    @Test
    void scrNeedsBoardSignOffBeforeTheActionPlan() {
        ProcessInstance review = qualityAssured(agencyReportsIn(leadReviewerAppointed(commission("SCR"), false)));

        assertThat(task("Task_BoardSignOff", review)).hasCandidateGroup("CHAIR");
        complete(task("Task_BoardSignOff", review));
        assertThat(task("Task_AgreeActionPlan", review)).hasCandidateGroup("PRG_COORDINATOR");
        complete(task("Task_AgreeActionPlan", review));

        assertThat(review).hasPassed("EndEvent_ActionPlanAgreed", "EndEvent_ReviewCompleted").isEnded();
    }

    @Test
    void lesserReviewSkipsAgencyReportsAndBoardSignOff() {
        ProcessInstance review = leadReviewerAppointed(commission("REFLECTIVE"), true);

        assertThat(review).isWaitingAt("Task_DraftReport");
        qualityAssured(review);
        assertThat(review).isWaitingAt("Task_AgreeActionPlan");
        complete(task("Task_AgreeActionPlan", review));

        assertThat(review).isEnded().hasNotPassed("Task_SubmitAgencyReport", "Task_RecordFamilyInvolvement", "Task_BoardSignOff");
    }

    @Test
    void remindsOnTheFirstWorkingDayFiveMonthsOnAndCarriesOn() {
        ProcessInstance review = commission("SCR");

        Job reminder = timer(engine, review, "BoundaryEvent_ReviewReminder");
        // Mon 30 Aug 2027 is the summer bank holiday (England), so the reminder moves to Tuesday.
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 8, 31, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);

        assertThat(review).hasPassed("Task_SendReviewReminder", "EndEvent_ReviewReminderSent")
                .isWaitingAt("Task_AgreeTermsOfReference");
    }

    @Test
    void escalatesWhenTheSixMonthTargetIsMissedAndCarriesOn() {
        ProcessInstance review = commission("SCR");

        Job target = timer(engine, review, "BoundaryEvent_ReviewTargetMissed");
        assertThat(inUk(target.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 9, 30, 17, 0, 0, 0, WorkingDays.UK));
        fire(engine, target);

        assertThat(review).hasPassed("Task_EscalateReviewOverdue", "EndEvent_ReviewEscalated")
                .isWaitingAt("Task_AgreeTermsOfReference");
    }

    @Test
    void cancelsTheReviewTimersOnceTheReviewCompletes() {
        ProcessInstance review = leadReviewerAppointed(commission("LEARNING"), false);
        qualityAssured(review);
        complete(task("Task_AgreeActionPlan", review));

        assertThat(review).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).count()).isZero();
    }

    private ProcessInstance commission(String reviewType) {
        return engine.getRuntimeService().startProcessInstanceByKey("scr-review", CASE, Map.of(
                "caseReference", CASE,
                "reviewType", reviewType,
                "agencies", List.of("POLICE", "SOCIAL_CARE")));
    }

    private ProcessInstance leadReviewerAppointed(ProcessInstance review, boolean familyInvolvement) {
        complete(task("Task_AgreeTermsOfReference", review), withVariables("familyInvolvement", familyInvolvement));
        assertThat(task("Task_AppointLeadReviewer", review)).hasCandidateGroup("CHAIR");
        complete(task("Task_AppointLeadReviewer", review), withVariables("leadReviewer", "reviewer.one"));
        return review;
    }

    private ProcessInstance agencyReportsIn(ProcessInstance review) {
        List<Task> reports = tasks(engine, review, "Task_SubmitAgencyReport");
        assertThat(reports.stream().map(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId()))
                .containsExactlyInAnyOrder("agency:POLICE", "agency:SOCIAL_CARE");
        reports.forEach(report -> engine.getTaskService().complete(report.getId()));
        return review;
    }

    private ProcessInstance qualityAssured(ProcessInstance review) {
        complete(task("Task_DraftReport", review));
        complete(task("Task_QualityAssureReport", review), withVariables("qaOutcome", "ACCEPTED"));
        return review;
    }
}
