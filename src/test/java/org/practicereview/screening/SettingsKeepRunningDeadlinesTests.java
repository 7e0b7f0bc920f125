package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.CaseClockSettings;
import org.practicereview.settings.DeadlineClock;
import org.practicereview.settings.SettingsChange;
import org.practicereview.settings.SettingsVersion;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change to a deadline in the board's settings applies to clocks that start after it: the agency
 * tasks already created keep their due date and reminder, and the case records the settings version
 * each clock started under.
 */
@CaseReviewIntegrationTest
class SettingsKeepRunningDeadlinesTests {

    @Autowired CaseUnderReview cases;
    @Autowired BoardSettings settings;
    @Autowired WorkingDays workingDays;

    @Test
    void changingTheAgencyAnswerPeriodDoesNotMoveTheDueDateOfATaskAlreadyCreated() {
        Started before = cases.start();
        cases.requestInformation(before, "POLICE");
        Task running = cases.task(before, "Task_ProvideAgencySummary");
        Date runningDue = running.getDueDate();
        Date runningReminder = cases.timer(before, "BoundaryEvent_AgencySummaryReminder").getDuedate();
        assertThat(runningDue).isEqualTo(workingDays.dueIn(10));

        SettingsVersion old = settings.current();
        SettingsChange c = old.values();
        SettingsVersion changed = settings.change(new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(),
                c.chairAddress(), c.businessUnitAddress(), c.boardMembersAddress(), c.region(), 15, c.decisionPeriodMonths(),
                c.noticePeriodWorkingDays(), c.targets()), "settings.test");

        assertThat(cases.task(before, "Task_ProvideAgencySummary").getDueDate()).isEqualTo(runningDue);
        assertThat(cases.timer(before, "BoundaryEvent_AgencySummaryReminder").getDuedate()).isEqualTo(runningReminder);

        Started after = cases.start();
        cases.requestInformation(after, "POLICE");
        assertThat(cases.task(after, "Task_ProvideAgencySummary").getDueDate()).isEqualTo(workingDays.dueIn(15));
        assertThat(cases.timer(after, "BoundaryEvent_AgencySummaryReminder").getDuedate())
                .isEqualTo(workingDays.remindIn(13));

        assertThat(settings.clocksOf(before.ref())).extracting(CaseClockSettings::clock, CaseClockSettings::settingsVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineClock.AGENCY_SUMMARY, old.version()));
        assertThat(settings.clocksOf(after.ref())).extracting(CaseClockSettings::clock, CaseClockSettings::settingsVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineClock.AGENCY_SUMMARY, changed.version()));
    }
}
