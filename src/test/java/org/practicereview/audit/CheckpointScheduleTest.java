package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;

/** The nightly checkpoint: made by the system at 2am UK time when a key is configured, never without one. */
class CheckpointScheduleTest {

    @Test
    void signsTheHeadEveryNightAtTwoUkTime() throws Exception {
        Scheduled scheduled = CheckpointSchedule.class.getDeclaredMethod("daily").getAnnotation(Scheduled.class);

        assertThat(scheduled.cron()).isEqualTo("${practice-review.trail.checkpoint-cron:0 0 2 * * *}");
        assertThat(scheduled.zone()).isEqualTo("Europe/London");
    }

    @Test
    void signsAsTheSystemWhenAKeyIsConfigured() {
        TrailCheckpoints checkpoints = mock(TrailCheckpoints.class);
        when(checkpoints.enabled()).thenReturn(true);

        new CheckpointSchedule(checkpoints).daily();

        verify(checkpoints).make(Actor.SYSTEM);
    }

    @Test
    void signsNothingWithoutAKey() {
        TrailCheckpoints checkpoints = mock(TrailCheckpoints.class);
        when(checkpoints.enabled()).thenReturn(false);

        new CheckpointSchedule(checkpoints).daily();

        verify(checkpoints, never()).make(org.mockito.ArgumentMatchers.any());
    }
}
