package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.practicereview.processes.ProcessTesting.CASE;
import static org.practicereview.processes.ProcessTesting.fire;
import static org.practicereview.processes.ProcessTesting.inUk;
import static org.practicereview.processes.ProcessTesting.timer;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.incident.NotificationClock;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;
import org.practicereview.workflow.WorkingDays;

/**
 * serious-incident.bpmn with the real notification criteria: the awareness due the next working day, the table's
 * three answers (notify the panel; also Ofsted and the Secretary of State; neither), and the panel's 5 working days
 * counted from awareness across Christmas 2026 and Easter 2027.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"serious-incident.bpmn", "serious-incident-notification.dmn"})
class SeriousIncidentProcessTest {

    ProcessEngine engine;
    final AtomicInteger ofstedNotices = new AtomicInteger();

    @BeforeEach
    void referredOnChristmasEve2026() {
        ProcessTesting.clockAt("2026-12-24T10:00");
        WorkingDays workingDays = ProcessTesting.prepare(engine, new AnonymisationFindings());
        Mocks.register("notificationClock", new NotificationClock(workingDays));
        Mocks.register("recordNotificationAnswer", (JavaDelegate) execution -> {
            Map<?, ?> outcome = (Map<?, ?>) execution.getVariable("notificationOutcome");
            execution.setVariable("notifiable", outcome.get("notifyPanel"));
            execution.setVariable("notifyOfstedAndSecretaryOfState", outcome.get("notifyOfstedAndSecretaryOfState"));
        });
        Mocks.register("tellOfstedAndSecretaryOfState", (JavaDelegate) execution -> ofstedNotices.incrementAndGet());
    }

    @AfterEach
    void reset() {
        ProcessTesting.reset();
    }

    @Test
    void asksTheBusinessUnitOrTheLocalAuthorityForTheAwarenessByTheNextWorkingDay() {
        ProcessInstance incident = start();

        assertThat(incident).hasBusinessKey(CASE).isWaitingAt("Task_RecordAwareness");
        assertThat(task("Task_RecordAwareness", incident)).hasCandidateGroup("PRG_COORDINATOR")
                .hasCandidateGroup("PARTNER_LOCAL_AUTHORITY");
        // Thu 24 Dec: Christmas Day, the weekend and the Boxing Day substitute (Mon 28) do not count.
        assertThat(inUk(task("Task_RecordAwareness", incident).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2026, 12, 29, 17, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void remindsOnTheDayTheAwarenessIsDueAndTellsTheBusinessUnitWhenItIsLate() {
        ProcessInstance incident = start();

        Job reminder = timer(engine, incident, "BoundaryEvent_AwarenessReminder");
        assertThat(inUk(reminder.getDuedate())).isEqualTo(ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, WorkingDays.UK));
        fire(engine, reminder);
        assertThat(incident).hasPassed("Task_SendAwarenessReminder").isWaitingAt("Task_RecordAwareness");
        fire(engine, timer(engine, incident, "BoundaryEvent_AwarenessOverdue"));

        assertThat(incident).hasPassed("Task_EscalateAwarenessOverdue").isWaitingAt("Task_RecordAwareness");
    }

    @Test
    void aSeriousIncidentIsNotifiedToThePanelWithinFiveWorkingDaysOfAwarenessAcrossChristmas() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(false, true, true, false, "IN_AREA"));

        assertThat(incident).hasPassed("Task_EvaluateNotification", "Task_RecordNotificationAnswer")
                .hasNotPassed("Task_NotifyOfstedAndSecretaryOfState").isWaitingAt("Task_NotifyPanel");
        assertThat(task("Task_NotifyPanel", incident)).hasCandidateGroup("PRG_COORDINATOR")
                .hasCandidateGroup("PARTNER_LOCAL_AUTHORITY");
        // Wed 23 Dec + 5: 24, 29, 30, 31 Dec and Mon 4 Jan (25, 28 Dec and 1 Jan are bank holidays).
        ZonedDateTime due = ZonedDateTime.of(2027, 1, 4, 17, 0, 0, 0, WorkingDays.UK);
        assertThat(inUk(task("Task_NotifyPanel", incident).getDueDate())).isEqualTo(due);
        assertThat(inUk(timer(engine, incident, "BoundaryEvent_PanelNotificationOverdue").getDuedate())).isEqualTo(due);
        assertThat(inUk(timer(engine, incident, "BoundaryEvent_PanelNotificationReminder").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2026, 12, 31, 9, 0, 0, 0, WorkingDays.UK));

        complete(task("Task_NotifyPanel", incident), Map.of("panelNotifiedDate", "2026-12-30"));

        assertThat(incident).hasPassed("EndEvent_PanelNotified").isEnded()
                .variables().containsEntry("notifiable", true).containsEntry("awarenessDate", "2026-12-23")
                .containsEntry("panelNotifiedDate", "2026-12-30");
        assertThat(ofstedNotices).hasValue(0);
    }

    @Test
    void theNotificationIsRemindedTheWorkingDayBeforeAndEscalatedWhenLate() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(false, true, false, true, "OUTSIDE_ENGLAND_RESIDENT_HERE"));

        fire(engine, timer(engine, incident, "BoundaryEvent_PanelNotificationReminder"));
        assertThat(incident).hasPassed("Task_SendPanelNotificationReminder").isWaitingAt("Task_NotifyPanel");
        fire(engine, timer(engine, incident, "BoundaryEvent_PanelNotificationOverdue"));

        assertThat(incident).hasPassed("Task_EscalatePanelNotificationOverdue").isWaitingAt("Task_NotifyPanel");
    }

    @Test
    void overEasterTheFiveWorkingDaysSkipGoodFridayAndEasterMonday() {
        ProcessTesting.clockAt("2027-03-26T10:00");
        ProcessInstance incident = aware(start(), "2027-03-25", facts(false, true, true, false, "IN_AREA"));

        // Thu 25 Mar + 5: Tue 30, Wed 31 Mar, Thu 1, Fri 2 and Mon 5 Apr.
        assertThat(inUk(task("Task_NotifyPanel", incident).getDueDate()))
                .isEqualTo(ZonedDateTime.of(2027, 4, 5, 17, 0, 0, 0, WorkingDays.UK));
        assertThat(inUk(timer(engine, incident, "BoundaryEvent_PanelNotificationReminder").getDuedate()))
                .isEqualTo(ZonedDateTime.of(2027, 4, 2, 9, 0, 0, 0, WorkingDays.UK));
    }

    @Test
    void awarenessRecordedLateMakesTheNotificationOverdueAtOnce() {
        ProcessTesting.clockAt("2027-01-20T10:00");
        ProcessInstance incident = aware(start(), "2027-01-04", facts(false, true, true, false, "IN_AREA"));

        Job overdue = timer(engine, incident, "BoundaryEvent_PanelNotificationOverdue");
        assertThat(inUk(overdue.getDuedate())).isEqualTo(ZonedDateTime.of(2027, 1, 11, 17, 0, 0, 0, WorkingDays.UK));
        assertThat(timer(engine, incident, "BoundaryEvent_PanelNotificationReminder").getDuedate())
                .isEqualTo(ClockUtil.getCurrentTime());
        engine.getManagementService().executeJob(overdue.getId());

        assertThat(incident).hasPassed("Task_EscalatePanelNotificationOverdue").isWaitingAt("Task_NotifyPanel");
    }

    @Test
    void aLookedAfterChildsDeathWithAbuseOrNeglectTellsOfstedAndTheSecretaryOfStateAndThePanel() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(true, true, true, false, "IN_AREA"));

        assertThat(incident).hasPassed("Task_NotifyOfstedAndSecretaryOfState").isWaitingAt("Task_NotifyPanel");
        assertThat(ofstedNotices).hasValue(1);
    }

    @Test
    void aLookedAfterChildsDeathWithoutAbuseOrNeglectTellsOfstedAndTheSecretaryOfStateButNotThePanel() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(true, false, true, false, "IN_AREA"));

        assertThat(incident).hasPassed("Task_NotifyOfstedAndSecretaryOfState", "EndEvent_NotNotifiable")
                .hasNotPassed("Task_NotifyPanel").isEnded().variables().containsEntry("notifiable", false)
                .doesNotContainKey("panelNotifiedDate");
        assertThat(ofstedNotices).hasValue(1);
    }

    @Test
    void withoutAbuseOrNeglectTheCaseEndsWithoutAnyNotification() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(false, false, false, true, "IN_AREA"));

        assertThat(incident).hasPassed("EndEvent_NotNotifiable").hasNotPassed("Task_NotifyOfstedAndSecretaryOfState",
                "Task_NotifyPanel").isEnded().variables().containsEntry("notifiable", false);
        assertThat(ofstedNotices).hasValue(0);
    }

    @Test
    void harmElsewhereInEnglandIsForThatAuthorityToNotify() {
        ProcessInstance incident = aware(start(), "2026-12-23", facts(false, true, true, false, "ELSEWHERE_IN_ENGLAND"));

        assertThat(incident).hasPassed("EndEvent_NotNotifiable").hasNotPassed("Task_NotifyPanel").isEnded();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("serious-incident", CASE,
                Map.of("caseReference", CASE, "regime", "CSPR_2018"));
    }

    /** Completes the awareness as its task service does: the facts and the ISO day. */
    private static ProcessInstance aware(ProcessInstance incident, String day, Map<String, Object> facts) {
        Map<String, Object> variables = new HashMap<>(facts);
        variables.put("awarenessDate", day);
        complete(task("Task_RecordAwareness", incident), variables);
        return incident;
    }

    private static Map<String, Object> facts(boolean lookedAfter, boolean abuseOrNeglect, boolean died, boolean harmed,
                                             String where) {
        return Map.of("lookedAfterChild", lookedAfter, "abuseOrNeglectKnownOrSuspected", abuseOrNeglect, "childDied", died,
                "childSeriouslyHarmed", harmed, "whereHarmed", where);
    }
}
