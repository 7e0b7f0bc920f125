package org.practicereview.meetings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practicereview.identity.Users;
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
 * The case's part in the PRG's meetings, for the case page: each meeting it was tabled at, whether it
 * was carried over and why, who took no part, the outcome and rationale recorded, and the actions agreed.
 * The PRG's deliberations: the board's people and the auditor only, never an agency.
 */
@Component
class MeetingsCaseFile implements CaseFileSections {

    private static final Set<Role> SEE = EnumSet.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR);

    private final Meetings meetings;
    private final MeetingRecord record;
    private final MeetingMinutes minutes;
    private final Users users;

    MeetingsCaseFile(Meetings meetings, MeetingRecord record, MeetingMinutes minutes, Users users) {
        this.meetings = meetings;
        this.record = record;
        this.minutes = minutes;
        this.users = users;
    }

    @Override
    public Set<String> keys() {
        return Set.of("meetings");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        if (viewer.roles().stream().noneMatch(SEE::contains)) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (Meeting meeting : meetings.meetingsOf(caseReference)) {
            meetings.agenda(meeting.id()).stream().filter(c -> c.caseReference().equals(caseReference)).findFirst()
                    .ifPresent(tabled -> parts.add(part(meeting, tabled)));
        }
        return List.of(CaseFileSection.of("meetings", "PRG meetings", 55, parts, "Not tabled at a PRG meeting yet."));
    }

    private Part part(Meeting meeting, TabledCase tabled) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("When and where", meeting.when() + "\n" + meeting.place()));
        if (tabled.decisionDueBeforeMeeting()) {
            rows.add(Row.of("Chair's decision", "Due " + tabled.decisionDueInWords() + ", before this meeting"));
        }
        if (tabled.carriedOver()) {
            rows.add(Row.of("Carried over", meetings.find(tabled.carriedOverTo()).map(Meeting::when).orElse("") + ": "
                    + tabled.carryOverReason()));
        }
        List<String> conflicted = record.conflicted(meeting.id(), tabled.caseReference());
        if (!conflicted.isEmpty()) {
            rows.add(Row.of("Not taking part (conflict of interest)", String.join(", ", conflicted.stream().map(users::nameOf).toList())));
        }
        for (Outcome o : record.outcomes(meeting.id())) {
            if (o.caseReference().equals(tabled.caseReference())) {
                rows.add(Row.of(o.taskName(), o.outcome() + (o.rationale() == null ? "" : "\nRationale: " + o.rationale())
                        + "\nPresent and taking part: " + o.present()));
            }
        }
        minutes.actions(meeting.id()).stream().filter(a -> tabled.caseReference().value().equals(a.caseReference()))
                .forEach(a -> rows.add(Row.of("Action", a.action() + "\nOwner: " + a.owner())));
        return new Part(meeting.title(), "Tabled on " + GovDates.day(tabled.tabledAt()), rows);
    }
}
