package org.practicereview.audit.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailEntry;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/** A case's trail and engine history as one list in time order; trail events keep their sequence order among equals. */
@Component
class CaseTimeline {

    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::at)
            .thenComparing(e -> e.seq() == null ? Long.MAX_VALUE : e.seq());

    private final Trail trail;
    private final EngineHistory engine;

    CaseTimeline(Trail trail, EngineHistory engine) {
        this.trail = trail;
        this.engine = engine;
    }

    List<TimelineEntry> of(CaseReference ref) {
        List<TimelineEntry> all = new ArrayList<>();
        for (TrailEntry e : trail.forCase(ref)) {
            all.add(new TimelineEntry(e.occurredAt(), TimelineEntry.TRAIL, e.seq(), e.actor(), e.role(), e.action(), e.details()));
        }
        all.addAll(engine.forCase(ref.value()));
        all.sort(ORDER);
        return all;
    }

    static List<TimelineEntry> filter(List<TimelineEntry> all, TimelineFilter filter) {
        return all.stream().filter(filter::accepts).toList();
    }
}
