package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Answers;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.Notifications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.CaseInstances;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.WorkingDays;

/** The business unit's record of a local review's progress: refused plainly when incomplete, kept when whole. */
class ReviewMonitoringsTests {

    static final CaseReference CASE = CaseReference.of(2026, 3);
    static final Actor COORDINATOR = Actor.of("coordinator", Role.PRG_COORDINATOR);
    /** Wednesday 25 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final MonitoringRecords records = mock(MonitoringRecords.class);
    private final RuntimeService runtime = mock(RuntimeService.class, Answers.RETURNS_DEEP_STUBS);
    private final Trail trail = mock(Trail.class);
    private final Clock clock = Clock.fixed(FormRules.NOW, ZoneOffset.UTC);
    private final CaseInstances instances = mock(CaseInstances.class);
    private final ReviewMonitorings monitorings = new ReviewMonitorings(records, runtime, instances, mock(Notifications.class),
            mock(BoardSettings.class, Answers.RETURNS_DEEP_STUBS), trail, new ReviewSteps(mock(Reviews.class), runtime, clock),
            new WorkingDays(clock));

    private void localReviewRunning(boolean local) {
        when(instances.running(CASE, "scr-review")).thenReturn(Optional.of("p1"));
        when(runtime.getVariable("p1", "reviewType")).thenReturn(local ? "LCSPR" : "SCR");
    }

    private List<FieldError> refusal(String progress, String request, LocalDate on) {
        InvalidSubmissionException[] thrown = new InvalidSubmissionException[1];
        assertThatThrownBy(() -> monitorings.record(COORDINATOR, CASE, progress, request, on))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> thrown[0] = e);
        return thrown[0].errors();
    }

    @Test
    void refusesARecordWithoutProgressOrWithARequestMissingItsDateOrTextOrDatedLaterThanToday() {
        localReviewRunning(true);

        assertThat(refusal(" ", null, null)).containsExactly(new FieldError("progress", "Enter the review's progress"));
        assertThat(refusal("Drafting", "Send the draft by March", null)).containsExactly(
                new FieldError("writtenRequestOn", "Enter the date of the written request to the reviewers"));
        assertThat(refusal("Drafting", null, TODAY)).containsExactly(
                new FieldError("writtenRequest", "Enter the written request made to the reviewers on that date"));
        assertThat(refusal("Drafting", "Send the draft by March", TODAY.plusDays(1))).containsExactly(
                new FieldError("writtenRequestOn", "The date of the written request must be today or in the past"));
        verify(records, never()).save(any());
    }

    @Test
    void keepsTheProgressAndTheWrittenRequestWithItsDateAndSaysSoInTheTrail() {
        localReviewRunning(true);

        monitorings.record(COORDINATOR, CASE, "Interviews with practitioners done", "Send the draft by 1 March", TODAY);

        ArgumentCaptor<MonitoringRecord> kept = ArgumentCaptor.forClass(MonitoringRecord.class);
        verify(records).save(kept.capture());
        assertThat(kept.getValue().progress()).isEqualTo("Interviews with practitioners done");
        assertThat(kept.getValue().writtenRequest()).contains("Send the draft by 1 March");
        assertThat(kept.getValue().writtenRequestOn()).contains(TODAY);
        verify(trail).append(eq(CASE), eq(COORDINATOR), eq(TrailAction.REVIEW_MONITORING_RECORDED),
                eq("progress recorded; written request to the reviewers on 25 November 2026"));
    }

    @Test
    void anScrIsNotMonitoredAndOnlyTheBusinessUnitRecords() {
        localReviewRunning(false);

        assertThatThrownBy(() -> monitorings.record(COORDINATOR, CASE, "Drafting", null, null))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> monitorings.record(Actor.of("member", Role.PRG_MEMBER), CASE, "Drafting", null, null))
                .isInstanceOf(NotPermittedException.class);
        verify(records, never()).save(any());
    }
}
