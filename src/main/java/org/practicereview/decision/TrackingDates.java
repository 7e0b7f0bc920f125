package org.practicereview.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.meetings.Meeting;
import org.practicereview.meetings.Meetings;
import org.practicereview.meetings.TabledCase;
import org.practicereview.screening.AgencyRequestDates;
import org.practicereview.screening.PrgRecommendation;
import org.practicereview.screening.Screenings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The business unit's tracking dates of a case, from referral to the chair's decision: received, sent
 * to the group's chair (accepted at triage), agencies asked and their deadline, the PRG meeting, the
 * recommendation sent to the chair and the chair's decision. For the board's people and the auditor.
 */
@Component
class TrackingDates implements CaseFileSections {

    private static final Set<Role> SEE = EnumSet.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR);
    static final String NOT_YET = "Not yet";

    private final Trail trail;
    private final Screenings screenings;
    private final Meetings meetings;
    private final Decisions decisions;

    TrackingDates(Trail trail, Screenings screenings, Meetings meetings, Decisions decisions) {
        this.trail = trail;
        this.screenings = screenings;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @Override
    public Set<String> keys() {
        return Set.of("tracking-dates");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        if (viewer.roles().stream().noneMatch(SEE::contains)) {
            return List.of();
        }
        return List.of(CaseFileSection.of("tracking-dates", "Tracking dates", 6, List.of(new Part(null, null, rows(caseReference))),
                NOT_YET));
    }

    /** The dates in order, "Not yet" for those still to come; the PRG report lists the same. */
    List<Row> rows(CaseReference caseReference) {
        List<TrailEntry> events = trail.forCase(caseReference);
        Optional<AgencyRequestDates> asked = screenings.latestAgencyRequest(caseReference);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Referral received", day(first(events, TrailAction.REFERRAL_SUBMITTED))));
        rows.add(Row.of("Sent to the group's chair", day(first(events, TrailAction.REFERRAL_ACCEPTED))));
        rows.add(Row.of("Agencies asked for information", day(asked.map(AgencyRequestDates::askedAt).orElse(null))));
        rows.add(Row.of("Agencies' deadline", day(asked.map(AgencyRequestDates::dueAt).orElse(null))));
        rows.add(Row.of("PRG meeting", meeting(caseReference)));
        rows.add(Row.of("Recommendation sent to the chair",
                day(screenings.latestRecommendation(caseReference).map(PrgRecommendation::recommendedAt).orElse(null))));
        rows.add(Row.of("Chair's decision", day(decisions.latest(caseReference).map(RecordedDecision::decidedAt).orElse(null))));
        return rows;
    }

    /**
     * The meeting that considered the case; else the one it is tabled at, said so, with the same warning
     * the agenda gives when the chair's one-month decision falls due before that meeting.
     */
    private String meeting(CaseReference caseReference) {
        List<Meeting> considered = meetings.consideredAt(caseReference);
        if (!considered.isEmpty()) {
            return String.join("\n", considered.stream().map(m -> GovDates.day(m.heldOn())).toList());
        }
        return meetings.meetingsOf(caseReference).stream().reduce((a, b) -> b).map(m -> "Tabled for " + GovDates.day(m.heldOn())
                + meetings.agenda(m.id()).stream().filter(c -> c.caseReference().equals(caseReference) && !c.carriedOver())
                        .filter(TabledCase::decisionDueBeforeMeeting).findFirst()
                        .map(c -> "\nThe chair's decision is due on " + c.decisionDueInWords() + ", before this meeting").orElse(""))
                .orElse(NOT_YET);
    }

    private static Instant first(List<TrailEntry> events, TrailAction action) {
        return events.stream().filter(e -> action.stored().equals(e.action())).map(TrailEntry::occurredAt).findFirst().orElse(null);
    }

    private static String day(Instant instant) {
        return instant == null ? NOT_YET : GovDates.day(instant);
    }
}
