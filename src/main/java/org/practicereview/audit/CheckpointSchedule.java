package org.practicereview.audit;

import org.practicereview.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs a checkpoint every day (practice-review.trail.checkpoint-cron), when a key is configured. */
@Component
class CheckpointSchedule {

    private final TrailCheckpoints checkpoints;

    CheckpointSchedule(TrailCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(cron = "${practice-review.trail.checkpoint-cron:0 0 2 * * *}", zone = "Europe/London")
    void daily() {
        if (checkpoints.enabled()) {
            checkpoints.make(Actor.SYSTEM);
        }
    }
}
