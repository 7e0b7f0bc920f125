package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.fire;
import static org.practicereview.processes.ProcessTesting.inUk;
import static org.practicereview.processes.ProcessTesting.timer;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.workflow.WorkingDays;

/**
 * A local child safeguarding practice review (review type LCSPR, on the 2018 route) run by the review process: its six-month target
 * counts from the safeguarding partners' decision to initiate it, not from the day the review starts.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class LocalReviewProcessTest {

    /** Mon 30 Nov 2026: six months on is Sun 30 May 2027, then the spring bank holiday, so Tue 1 Jun 2027. */
    static final String DECIDED = "2026-11-30";

    ProcessEngine engine;

    @BeforeEach
    void reviewStartsSevenWeeksAfterThePartnersDecided() {
        ProcessTesting.clockAt("2027-01-18T10:00");
        ProcessTesting.prepare(engine, new AnonymisationFindings());
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void theSixMonthTargetCountsFromTheDecisionToInitiatePastTheWeekendAndTheBankHoliday() {
        ProcessInstance review = commission("LCSPR", DECIDED);

        Job target = timer(engine, review, "BoundaryEvent_ReviewTargetMissed");
        assertThat(inUk(target.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 6, 1, 17, 0, 0, 0, WorkingDays.UK));
        assertThat(engine.getRuntimeService().getVariable(review.getId(), "reviewTargetDue")).isEqualTo(target.getDuedate());
    }

    @Test
    void remindsFiveMonthsAfterTheDecisionAndCarriesOn() {
        // Decided Thu 3 Dec 2026: five months on is Mon 3 May 2027, the early May bank holiday, so Tuesday.
        ProcessInstance review = commission("LCSPR", "2026-12-03");

        Job reminder = timer(engine, review, "BoundaryEvent_ReviewReminder");
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 5, 4, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);

        assertThat(review).hasPassed("Task_SendReviewReminder").isWaitingAt("Task_AgreeTermsOfReference");
    }

    @Test
    void escalatesAtTheTargetAndTheReviewGoesOn() {
        ProcessInstance review = commission("LCSPR", DECIDED);

        fire(engine, timer(engine, review, "BoundaryEvent_ReviewTargetMissed"));

        assertThat(review).hasPassed("Task_EscalateReviewOverdue", "EndEvent_ReviewEscalated")
                .isWaitingAt("Task_AgreeTermsOfReference");
    }

    @Test
    void aDecisionDateIsIgnoredForAnyReviewButALocalOne() {
        // Review starts Mon 18 Jan 2027: six months on is Sun 18 Jul 2027, so Mon 19 Jul 2027.
        for (String type : new String[] {"SCR", "REFLECTIVE"}) {
            ProcessInstance review = commission(type, DECIDED);

            assertThat(inUk(timer(engine, review, "BoundaryEvent_ReviewTargetMissed").getDuedate()))
                    .isEqualTo(ZonedDateTime.of(2027, 7, 19, 17, 0, 0, 0, WorkingDays.UK));
            engine.getRuntimeService().deleteProcessInstance(review.getId(), "next type");
        }
    }

    @Test
    void aLocalReviewTakesTheFullPathLikeAnScrWithAgencyReportsTheFamilyAndTheSignOff() {
        ProcessInstance review = commission("LCSPR", DECIDED);

        complete(task("Task_AgreeTermsOfReference", review), withVariables("familyInvolvement", true));
        complete(task("Task_AppointLeadReviewer", review), withVariables("leadReviewer", "reviewer.one"));
        assertThat(ProcessTesting.tasks(engine, review, "Task_SubmitAgencyReport")).as("one for each agency asked").hasSize(2);
        ProcessTesting.tasks(engine, review, "Task_SubmitAgencyReport").forEach(t -> complete(t));
        complete(task("Task_RecordFamilyInvolvement", review));
        complete(task("Task_DraftReport", review));
        complete(task("Task_QualityAssureReport", review), withVariables("qaOutcome", "ACCEPTED"));
        complete(task("Task_BoardSignOff", review));
        complete(task("Task_AgreeActionPlan", review));

        assertThat(review).isEnded().hasPassed("Task_SubmitAgencyReport", "Task_RecordFamilyInvolvement", "Task_BoardSignOff",
                "EndEvent_LocalReviewCompleted", "EndEvent_ReviewCompleted").hasNotPassed("EndEvent_ActionPlanAgreed");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).count())
                .as("the monitoring clock ends with the review").isZero();
    }

    @Test
    void asksForTheReviewsProgressEveryFourWeeksFromItsStartAndKeepsTheRhythm() {
        ProcessInstance review = commission("LCSPR", DECIDED);

        Job first = timer(engine, review, "IntermediateTimer_MonitoringDue");
        // Four weeks after Mon 18 Jan 2027, at the start of the day.
        assertThat(inUk(first.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 2, 15, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, first);

        assertThat(review).hasPassed("Task_AskForReviewMonitoring").isWaitingAt("Task_AgreeTermsOfReference",
                "IntermediateTimer_MonitoringDue");
        assertThat(inUk(timer(engine, review, "IntermediateTimer_MonitoringDue").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void aMonitoringDateOnEasterMondayMovesToTheTuesday() {
        ProcessTesting.clockAt("2027-03-01T10:00");
        ProcessInstance review = commission("LCSPR", DECIDED);

        Job easter = timer(engine, review, "IntermediateTimer_MonitoringDue");
        assertThat(inUk(easter.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 3, 30, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, easter);

        assertThat(inUk(timer(engine, review, "IntermediateTimer_MonitoringDue").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2027, 4, 27, 9, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void anScrOrALesserReviewIsNotMonitored() {
        for (String type : new String[] {"SCR", "REFLECTIVE"}) {
            ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("scr-review", CASE, Map.of(
                    "caseReference", CASE, "reviewType", type, "agencies", List.of("POLICE")));

            assertThat(review).hasPassed("EndEvent_NoMonitoring").isWaitingAt("Task_AgreeTermsOfReference");
            assertThat(timer(engine, review, "IntermediateTimer_MonitoringDue")).isNull();
            engine.getRuntimeService().deleteProcessInstance(review.getId(), "next type");
        }
    }

    private ProcessInstance commission(String reviewType, String decided) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseReference", CASE, "reviewType", reviewType,
                "agencies", List.of("POLICE", "SOCIAL_CARE"), "decisionToInitiateDate", decided, "regime", "CSPR_2018"));
        return engine.getRuntimeService().startProcessInstanceByKey("scr-review", CASE, variables);
    }
}
