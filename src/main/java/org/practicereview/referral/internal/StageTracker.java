package org.practicereview.referral.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.practicereview.workflow.StageReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each case file's stage where its process is. Runs inside the engine's transaction, so the
 * stage and the process step commit together. A process without a case file (a test that starts
 * the process on its own) is left alone.
 */
@Component
class StageTracker {

    private final CaseFiles caseFiles;
    private final Clock clock;

    StageTracker(CaseFiles caseFiles, Clock clock) {
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @EventListener
    void on(StageReached event) {
        caseFiles.find(event.caseReference()).ifPresent(file -> {
            file.reach(event.stage(), clock.instant().truncatedTo(ChronoUnit.MICROS));
            caseFiles.save(file);
        });
    }
}
