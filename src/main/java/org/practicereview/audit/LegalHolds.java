package org.practicereview.audit;

import java.time.Clock;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a case under hold is never cleaned up. Placing a hold clears the removal time of all
 * its process instances (case-review, scr-review, publication share the case reference as business
 * key), so the engine's history cleanup passes them by; releasing recalculates it from the
 * diagrams' time-to-live. The trail is never purged (docs/auditing.md "Retention"), and its retention report
 * leaves held cases out.
 */
@Service
public class LegalHolds {

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final Trail trail;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, HistoryService history, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.trail = trail;
        this.clock = clock;
    }

    /** Returns the id of the engine batch that clears the removal times, or null when the case has no process yet. */
    @Transactional
    public String place(CaseReference ref, Actor actor, String reason) {
        if (!isHeld(ref)) {
            jdbc.sql("insert into legal_hold (case_reference, reason, placed_by, placed_at) values (?, ?, ?, ?)")
                    .params(ref.value(), reason, actor.userId(), java.sql.Timestamp.from(clock.instant())).update();
            trail.append(ref, actor, TrailAction.LEGAL_HOLD_PLACED, "removal of history suspended");
        }
        return hasHistory(ref) ? history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime()
                .byQuery(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref.value()))
                .hierarchical().executeAsync().getId() : null;
    }

    @Transactional
    public String release(CaseReference ref, Actor actor) {
        int released = jdbc.sql("update legal_hold set released_by = ?, released_at = ? where case_reference = ? and released_at is null")
                .params(actor.userId(), java.sql.Timestamp.from(clock.instant()), ref.value()).update();
        if (released == 0) {
            return null;
        }
        trail.append(ref, actor, TrailAction.LEGAL_HOLD_RELEASED, "removal of history follows the time-to-live again");
        return hasHistory(ref) ? history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                .byQuery(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref.value()))
                .hierarchical().executeAsync().getId() : null;
    }

    @Transactional(readOnly = true)
    public boolean isHeld(CaseReference ref) {
        return jdbc.sql("select count(*) from legal_hold where case_reference = ? and released_at is null")
                .param(ref.value()).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public Set<String> held() {
        return Set.copyOf(jdbc.sql("select distinct case_reference from legal_hold where released_at is null")
                .query(String.class).list());
    }

    private boolean hasHistory(CaseReference ref) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref.value()).count() > 0;
    }

    /**
     * Clears the removal time again for every held case. An instance still running when its hold was
     * placed gets a removal time when it ends (removal time strategy "end"); this runs before the
     * cleanup window opens so such an instance is never removed.
     */
    @Scheduled(cron = "${practice-review.retention.reapply-holds-cron:0 30 21 * * *}")
    public void reapply() {
        for (String ref : held()) {
            if (hasHistory(new CaseReference(ref))) {
                history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime()
                        .byQuery(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref))
                        .hierarchical().executeAsync();
            }
        }
    }
}
