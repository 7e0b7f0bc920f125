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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.settings.RapidReviewStart;
import org.practicereview.workflow.WorkingDays;

/**
 * The rapid review of the 2018 route (rapid-review.bpmn), started as case-review.bpmn calls it: due 15 working days from
 * the day the board's setting names, approved by the three safeguarding partners, sent to the national panel, and ended
 * by the panel's response with or without a local review.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "rapid-review.bpmn")
class RapidReviewProcessTest {

    /** Fri 11 Dec 2026: 15 working days on, past Christmas, Boxing Day (Monday 28th) and New Year's Day, is Wed 6 Jan 2027. */
    static final String AWARE = "2026-12-11";
    /** Thu 17 Dec 2026: 15 working days on is Tue 12 Jan 2027. */
    static final String NOTIFIED = "2026-12-17";

    ProcessEngine engine;
    WorkingDays workingDays;

    @BeforeEach
    void theBusinessUnitStartsOnTheMondayAfterTheLocalAuthorityBecameAware() {
        ProcessTesting.clockAt("2026-12-14T10:00");
        workingDays = ProcessTesting.prepare(engine, new AnonymisationFindings());
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void theRapidReviewIsDueFifteenWorkingDaysFromAwarenessPastChristmasAndNewYear() {
        ProcessInstance review = start(AWARE, NOTIFIED);

        assertThat(review).isWaitingAt("Task_RecordRapidReview");
        Task record = task("Task_RecordRapidReview", review);
        assertThat(inUk(record.getDueDate())).isEqualTo(ZonedDateTime.of(2027, 1, 6, 17, 0, 0, 0, WorkingDays.UK));
        assertThat(engine.getTaskService().getIdentityLinksForTask(record.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("PRG_COORDINATOR");
        assertThat(timer(engine, review, "BoundaryEvent_RapidReviewOverdue").getDuedate()).isEqualTo(record.getDueDate());
        assertThat(inUk(timer(engine, review, "BoundaryEvent_RapidReviewReminder").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 5, 9, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void aBoardThatCountsFromTheNotificationGetsItsOwnDate() {
        ProcessTesting.rapidReviewStartsFrom(workingDays, RapidReviewStart.PANEL_NOTIFIED);

        ProcessInstance review = start(AWARE, NOTIFIED);

        assertThat(inUk(task("Task_RecordRapidReview", review).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 12, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void withoutANotificationDateTheDaysCountFromAwareness() {
        ProcessTesting.rapidReviewStartsFrom(workingDays, RapidReviewStart.PANEL_NOTIFIED);

        ProcessInstance review = start(AWARE, null);

        assertThat(inUk(task("Task_RecordRapidReview", review).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 6, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void remindsTheDayBeforeThenTellsTheBusinessUnitAndTheTaskStaysOpen() {
        ProcessInstance review = start(AWARE, NOTIFIED);

        fire(engine, timer(engine, review, "BoundaryEvent_RapidReviewReminder"));
        fire(engine, timer(engine, review, "BoundaryEvent_RapidReviewOverdue"));

        assertThat(review).hasPassed("Task_SendRapidReviewReminder", "EndEvent_RapidReviewReminderSent",
                "Task_EscalateRapidReviewOverdue", "EndEvent_RapidReviewEscalated").isWaitingAt("Task_RecordRapidReview");
    }

    @Test
    void eachOfTheThreePartnersApprovesInTheirOwnTaskByTheSameDate() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));

        List<Task> approvals = tasks(engine, review, "Task_ApproveRapidReview");
        assertThat(approvals).hasSize(3);
        assertThat(approvals.stream().flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
                .map(IdentityLink::getGroupId)).containsExactlyInAnyOrder("PARTNER_LOCAL_AUTHORITY", "PARTNER_ICB", "PARTNER_POLICE");
        assertThat(approvals).allSatisfy(t -> assertThat(inUk(t.getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 6, 17, 0, 0, 0, WorkingDays.UK)));
    }

    @Test
    void allThreeApproveItGoesToThePanelAndItsAgreementCommissionsTheLocalReview() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));
        partnersAnswer(review, true, true, true);

        assertThat(review).hasPassed("Task_SendRapidReviewToPanel").isWaitingAt("Task_RecordPanelResponse");
        complete(task("Task_RecordPanelResponse", review), withVariables("panelAsksMore", false, "lcsprCommissioned", true,
                "reviewType", "LCSPR", "decisionToInitiateDate", "2026-12-22"));

        assertThat(review).isEnded().hasPassed("EndEvent_LocalReviewCommissioned").hasNotPassed("EndEvent_NoLocalReview");
    }

    @Test
    void noLocalReviewEndsTheRapidReviewThere() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));
        partnersAnswer(review, true, true, true);

        complete(task("Task_RecordPanelResponse", review), withVariables("panelAsksMore", false, "lcsprCommissioned", false));

        assertThat(review).isEnded().hasPassed("EndEvent_NoLocalReview").hasNotPassed("EndEvent_LocalReviewCommissioned");
    }

    @Test
    void onePartnerNotApprovingSendsItBackByTheSameDateWhileThatIsAhead() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));

        partnersAnswer(review, true, false, false);

        assertThat(review).hasNotPassed("Task_SendRapidReviewToPanel").isWaitingAt("Task_RecordRapidReview");
        assertThat(inUk(task("Task_RecordRapidReview", review).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 6, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void sentBackAfterTheFifteenWorkingDaysItIsDueFiveWorkingDaysOnAndThePartnersHaveTwo() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        ProcessTesting.clockAt("2027-01-06T16:00");
        complete(task("Task_RecordRapidReview", review));
        ProcessTesting.clockAt("2027-01-07T10:00");
        assertThat(inUk(tasks(engine, review, "Task_ApproveRapidReview").get(0).getDueDate()))
                .as("at least two working days to answer").isEqualTo(ZonedDateTime.of(2027, 1, 8, 17, 0, 0, 0, WorkingDays.UK));

        partnersAnswer(review, false, true, true);

        assertThat(inUk(task("Task_RecordRapidReview", review).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 14, 17, 0, 0, 0, WorkingDays.UK));
        complete(task("Task_RecordRapidReview", review));
        assertThat(inUk(tasks(engine, review, "Task_ApproveRapidReview").get(0).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 11, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void thePartnersAreRemindedAndTheBusinessUnitToldWhenTheirApprovalIsLate() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));

        fire(engine, timer(engine, review, "BoundaryEvent_ApprovalReminder"));
        fire(engine, timer(engine, review, "BoundaryEvent_ApprovalOverdue"));

        assertThat(review).hasPassed("Task_SendApprovalReminder", "Task_EscalateApprovalOverdue")
                .isWaitingAt("Task_ApproveRapidReview");
        assertThat(tasks(engine, review, "Task_ApproveRapidReview")).hasSize(3);
    }

    @Test
    void theBusinessUnitIsRemindedEveryWeekWhileThePanelsResponseIsAwaitedAndToldWhenItIsLate() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));
        ProcessTesting.clockAt("2026-12-22T11:00");
        partnersAnswer(review, true, true, true);

        // Sent Tue 22 Dec 2026: five working days on, past Christmas and Boxing Day, is Thu 31 Dec; then every week.
        Job chase = timer(engine, review, "BoundaryEvent_PanelResponseChase");
        assertThat(inUk(chase.getDuedate())).isEqualTo(ZonedDateTime.of(2026, 12, 31, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, chase);
        assertThat(inUk(timer(engine, review, "BoundaryEvent_PanelResponseChase").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2027, 1, 7, 9, 0, 0, 0, WorkingDays.UK));
        // Fifteen working days from 22 Dec 2026 (past Christmas, Boxing Day and New Year's Day) is Fri 15 Jan 2027.
        Task response = task("Task_RecordPanelResponse", review);
        assertThat(inUk(response.getDueDate())).isEqualTo(ZonedDateTime.of(2027, 1, 15, 17, 0, 0, 0, WorkingDays.UK));
        fire(engine, timer(engine, review, "BoundaryEvent_PanelResponseOverdue"));

        assertThat(review).hasPassed("Task_ChasePanelResponse", "EndEvent_PanelResponseChased",
                "Task_EscalatePanelResponseOverdue", "EndEvent_PanelResponseEscalated").isWaitingAt("Task_RecordPanelResponse");
    }

    @Test
    void thePanelAskingForMoreSendsItBackThenThePartnersApproveAgainAndItIsSentAgain() {
        ProcessInstance review = start(AWARE, NOTIFIED);
        complete(task("Task_RecordRapidReview", review));
        partnersAnswer(review, true, true, true);

        complete(task("Task_RecordPanelResponse", review), withVariables("panelAsksMore", true, "lcsprCommissioned", false));
        assertThat(review).isWaitingAt("Task_RecordRapidReview");
        assertThat(timer(engine, review, "BoundaryEvent_PanelResponseChase")).as("no chase once answered").isNull();
        complete(task("Task_RecordRapidReview", review));
        partnersAnswer(review, true, true, true);

        assertThat(review).isWaitingAt("Task_RecordPanelResponse");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                .activityId("Task_SendRapidReviewToPanel").count()).isEqualTo(2);
        complete(task("Task_RecordPanelResponse", review), withVariables("panelAsksMore", false, "lcsprCommissioned", true));
        assertThat(review).isEnded().hasPassed("EndEvent_LocalReviewCommissioned");
    }

    /** The three partners answer in turn; each answer carries, as the real service does, whether none has refused yet. */
    private void partnersAnswer(ProcessInstance review, boolean... approvals) {
        boolean noneRefused = true;
        List<Task> open = tasks(engine, review, "Task_ApproveRapidReview");
        assertThat(open).hasSize(approvals.length);
        for (int i = 0; i < approvals.length; i++) {
            noneRefused &= approvals[i];
            engine.getTaskService().complete(open.get(i).getId(), Map.of("partnersApproved", noneRefused));
        }
    }

    private ProcessInstance start(String aware, String notified) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseReference", CASE, "regime", "CSPR_2018", "awarenessDate", aware));
        if (notified != null) {
            variables.put("panelNotifiedDate", notified);
        }
        return engine.getRuntimeService().startProcessInstanceByKey("rapid-review", CASE, variables);
    }
}
