package org.practicereview.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: actions agreed with their owners, then minutes generated from what was
 * recorded (who came, each case's outcome and rationale, who took no part, cases carried over, actions),
 * which may be generated again until a later meeting approves them; from then on nothing changes.
 */
@Service
public class MeetingMinutes {

    static final int ACTION_MAX = 1000;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final MeetingRecord record;
    private final Trail trail;
    private final Users users;
    private final Clock clock;
    private final MeetingMails mails;

    MeetingMinutes(JdbcClient jdbc, Meetings meetings, MeetingRecord record, Trail trail, Users users, Clock clock,
                   MeetingMails mails) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.record = record;
        this.trail = trail;
        this.users = users;
        this.clock = clock;
        this.mails = mails;
    }

    @Transactional
    public void agreeAction(Actor coordinator, long meetingId, CaseReference caseReference, String action, String owner) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        String text = action == null ? "" : action.strip();
        List<org.practicereview.workflow.FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(new org.practicereview.workflow.FieldError("action", "Enter the action agreed"));
        } else if (text.length() > ACTION_MAX) {
            errors.add(new org.practicereview.workflow.FieldError("action", "The action must be " + ACTION_MAX + " characters or fewer"));
        }
        if (owner == null || !owners(meetingId, coordinator).contains(owner)) {
            errors.add(new org.practicereview.workflow.FieldError("owner", "Select who owns the action"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        jdbc.sql("insert into prg_meeting_action (meeting_id, case_reference, action, owner, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(meetingId, caseReference == null ? null : caseReference.value(), text, owner, coordinator.userId(),
                        Timestamp.from(clock.instant()))
                .update();
        trail.append(caseReference, coordinator, TrailAction.MEETING_ACTION_AGREED, "meeting " + meetingId + ": owner " + owner);
    }

    /** Who may own an action: the members invited and the coordinator. */
    public List<String> owners(long meetingId, Actor coordinator) {
        List<String> owners = new ArrayList<>(meetings.invitees(meetingId).stream().map(Invitee::username).toList());
        owners.add(coordinator.userId());
        return owners;
    }

    public List<MeetingAction> actions(long meetingId) {
        return jdbc.sql("select case_reference, action, owner from prg_meeting_action where meeting_id = ? order by id").param(meetingId)
                .query((rs, n) -> new MeetingAction(rs.getString(1), rs.getString(2), users.nameOf(rs.getString(3)))).list();
    }

    /** Generates the minutes from the record, replacing a draft generated before; refused once approved. */
    @Transactional
    public Minutes generate(Actor coordinator, long meetingId) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        List<Minutes.Item> items = items(meetingId);
        jdbc.sql("delete from prg_meeting_minute_item where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from prg_meeting_minutes where meeting_id = ?").param(meetingId).update();
        jdbc.sql("insert into prg_meeting_minutes (meeting_id, generated_by, generated_at) values (?, ?, ?)")
                .params(meetingId, coordinator.userId(), Timestamp.from(clock.instant())).update();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into prg_meeting_minute_item (meeting_id, position, heading, body) values (?, ?, ?, ?)")
                    .params(meetingId, i + 1, items.get(i).heading(), items.get(i).body()).update();
        }
        trail.append(null, coordinator, TrailAction.MINUTES_GENERATED, "meeting " + meetingId + ", " + items.size() + " items");
        return find(meetingId).orElseThrow();
    }

    /** Approves the minutes at a later meeting; from then on they are fixed. */
    @Transactional
    public void approve(Actor coordinator, long meetingId, Long atMeetingId) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        if (find(meetingId).isEmpty()) {
            throw new BusinessRuleException("Generate the minutes before they are approved");
        }
        Meeting meeting = meetings.existing(meetingId);
        if (atMeetingId == null || meetings.after(meeting).stream().noneMatch(m -> m.id() == atMeetingId)) {
            throw InvalidSubmissionException.of("atMeeting", "Select the later meeting that approved the minutes");
        }
        jdbc.sql("update prg_meeting_minutes set approved_by = ?, approved_at = ?, approved_at_meeting = ? where meeting_id = ? "
                        + "and approved_at is null")
                .params(coordinator.userId(), Timestamp.from(clock.instant()), atMeetingId, meetingId).update();
        trail.append(null, coordinator, TrailAction.MINUTES_APPROVED, "minutes of meeting " + meetingId + " approved at meeting " + atMeetingId);
        mails.minutesApproved(meeting, meetings.existing(atMeetingId));
    }

    public Optional<Minutes> find(long meetingId) {
        List<Minutes.Item> items = jdbc.sql("select heading, body from prg_meeting_minute_item where meeting_id = ? order by position")
                .param(meetingId).query((rs, n) -> new Minutes.Item(rs.getString(1), rs.getString(2))).list();
        return jdbc.sql("select generated_by, generated_at, approved_by, approved_at, approved_at_meeting from prg_meeting_minutes "
                        + "where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new Minutes(meetingId, items, users.nameOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getString(3) == null ? null : users.nameOf(rs.getString(3)),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), (Long) rs.getObject(5, Long.class)))
                .optional();
    }

    private List<Minutes.Item> items(long meetingId) {
        Meeting meeting = meetings.existing(meetingId);
        List<Invitee> invitees = meetings.invitees(meetingId);
        List<Minutes.Item> items = new ArrayList<>();
        items.add(new Minutes.Item("Meeting", meeting.when() + "\n" + meeting.place()));
        items.add(new Minutes.Item("Present", names(invitees.stream().filter(Invitee::present).map(i -> i.name()
                + (i.agencyName() == null ? " (independent)" : " (" + i.agencyName() + ")")).toList())));
        items.add(new Minutes.Item("Apologies", names(invitees.stream().filter(i -> i.attendance() == Attendance.APOLOGIES)
                .map(Invitee::name).toList())));
        List<Outcome> outcomes = record.outcomes(meetingId);
        for (TabledCase tabled : meetings.agenda(meetingId)) {
            items.add(caseItem(meetingId, tabled, outcomes));
        }
        List<MeetingAction> actions = actions(meetingId);
        items.add(new Minutes.Item("Actions", actions.isEmpty() ? "None agreed." : String.join("\n", actions.stream()
                .map(a -> a.action() + " Owner: " + a.owner() + (a.caseReference() == null ? "." : " (" + a.caseReference() + ")."))
                .toList())));
        return items;
    }

    private Minutes.Item caseItem(long meetingId, TabledCase tabled, List<Outcome> outcomes) {
        CaseReference ref = tabled.caseReference();
        if (tabled.carriedOver()) {
            String to = meetings.find(tabled.carriedOverTo()).map(Meeting::title).orElse("a later meeting");
            return new Minutes.Item(ref.value(), "Carried over to the " + to + ". Reason: " + tabled.carryOverReason());
        }
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes.stream().filter(o -> o.caseReference().equals(ref)).toList()) {
            lines.add(o.taskName() + ": " + o.outcome() + (o.rationale() == null ? "" : ". Rationale: " + o.rationale()));
            lines.add("Present and taking part: " + o.present() + ".");
        }
        if (lines.isEmpty()) {
            lines.add("Considered; no outcome recorded.");
        }
        List<String> conflicted = record.conflicted(meetingId, ref);
        if (!conflicted.isEmpty()) {
            lines.add("Not taking part, having declared a conflict of interest: " + names(conflicted.stream().map(users::nameOf).toList()));
        }
        return new Minutes.Item(ref.value(), String.join("\n", lines));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "None." : String.join(", ", names) + ".";
    }
}
