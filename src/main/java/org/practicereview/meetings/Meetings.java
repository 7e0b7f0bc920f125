package org.practicereview.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReadingMemo;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PRG's meetings: scheduled by the coordinator, who invites members and tables cases. Every change
 * is in the trail; a case's own events carry its reference, the meeting's carry none.
 */
@Service
public class Meetings {

    private static final String MEETING = "select id, held_on, starts_at, place, scheduled_by, scheduled_at from prg_meeting ";

    private final JdbcClient jdbc;
    private final Trail trail;
    private final Users users;
    private final Agencies agencies;
    private final DecisionDates decisionDates;
    private final Clock clock;

    Meetings(JdbcClient jdbc, Trail trail, Users users, Agencies agencies, DecisionDates decisionDates, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.users = users;
        this.agencies = agencies;
        this.decisionDates = decisionDates;
        this.clock = clock;
    }

    @Transactional
    public Meeting schedule(Actor coordinator, MeetingDetails details) {
        requireCoordinator(coordinator);
        if (!details.errors().isEmpty()) {
            throw new InvalidSubmissionException(details.errors());
        }
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into prg_meeting (held_on, starts_at, place, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?)")
                .params(Date.valueOf(details.heldOn()), Time.valueOf(details.startsAt()), details.place(), coordinator.userId(),
                        Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        Meeting meeting = find(id).orElseThrow();
        trail.append(null, coordinator, TrailAction.MEETING_SCHEDULED, "meeting " + id + " on " + meeting.when());
        return meeting;
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(MEETING + "where id = ?").param(id).query(Meetings::meeting).optional();
    }

    /** Every meeting, the latest first. */
    public List<Meeting> all() {
        return jdbc.sql(MEETING + "order by held_on desc, starts_at desc, id desc").query(Meetings::meeting).list();
    }

    /** The meetings a member is invited to, the latest first. */
    public List<Meeting> invitedTo(String username) {
        return jdbc.sql(MEETING + "where id in (select meeting_id from prg_meeting_member where username = ?) "
                + "order by held_on desc, starts_at desc, id desc").param(username).query(Meetings::meeting).list();
    }

    /** The meetings after this one, the soonest first: where a case may be carried over to. */
    public List<Meeting> after(Meeting meeting) {
        return jdbc.sql(MEETING + "where held_on > ? or (held_on = ? and starts_at > ?) order by held_on, starts_at, id")
                .params(Date.valueOf(meeting.heldOn()), Date.valueOf(meeting.heldOn()), Time.valueOf(meeting.startsAt()))
                .query(Meetings::meeting).list();
    }

    /** True when the user is invited to the meeting. */
    public boolean isInvited(long meetingId, String username) {
        return jdbc.sql("select count(*) from prg_meeting_member where meeting_id = ? and username = ?")
                .params(meetingId, username).query(Long.class).single() > 0;
    }

    /** The people who may be invited: everyone active with the PRG member role. */
    public List<UserAccount> members() {
        return users.withRole(Role.PRG_MEMBER);
    }

    public List<Invitee> invitees(long meetingId) {
        return jdbc.sql("select username, agency_code, attendance from prg_meeting_member where meeting_id = ? order by username")
                .param(meetingId)
                .query((rs, n) -> new Invitee(rs.getString(1), users.nameOf(rs.getString(1)), rs.getString(2),
                        rs.getString(2) == null ? null : agencies.nameOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Attendance.valueOf(rs.getString(3))))
                .list();
    }

    /** Invites members not yet invited; one trail event each. */
    @Transactional
    public int invite(Actor coordinator, long meetingId, Collection<String> usernames) {
        requireCoordinator(coordinator);
        existing(meetingId);
        requireNotApproved(meetingId);
        if (usernames.isEmpty()) {
            throw InvalidSubmissionException.of("members", "Select the members to invite");
        }
        int invited = 0;
        for (String username : usernames) {
            UserAccount member = users.find(username).filter(u -> u.enabled() && u.roles().contains(Role.PRG_MEMBER))
                    .orElseThrow(() -> InvalidSubmissionException.of("members", "Select members of the practice review group"));
            if (!isInvited(meetingId, username)) {
                jdbc.sql("insert into prg_meeting_member (meeting_id, username, agency_code) values (?, ?, ?)")
                        .params(meetingId, username, member.agencyCode()).update();
                trail.append(null, coordinator, TrailAction.MEETING_MEMBER_INVITED, "meeting " + meetingId + ": " + username);
                invited++;
            }
        }
        return invited;
    }

    /** The cases on the agenda, in the order they were tabled. */
    public List<TabledCase> agenda(long meetingId) {
        Meeting meeting = existing(meetingId);
        Instant starts = meeting.startsAtInstant();
        Map<String, TabledCase.CarriedFrom> carriedFrom = carriedInto(meetingId);
        return jdbc.sql("select case_reference, tabled_by, tabled_at, decision_due, carried_over_to, carry_over_reason "
                        + "from prg_meeting_case where meeting_id = ? order by tabled_at, case_reference")
                .param(meetingId)
                .query((rs, n) -> {
                    Instant due = instant(rs, 4);
                    return new TabledCase(meetingId, new CaseReference(rs.getString(1)), rs.getString(2), instant(rs, 3), due,
                            (Long) rs.getObject(5, Long.class), rs.getString(6), due != null && due.isBefore(starts),
                            carriedFrom.get(rs.getString(1)));
                })
                .list();
    }

    /** The cases carried over to this meeting, by reference: the earlier meeting each came from (the latest) and why. */
    private Map<String, TabledCase.CarriedFrom> carriedInto(long meetingId) {
        Map<String, TabledCase.CarriedFrom> from = new HashMap<>();
        jdbc.sql("select c.case_reference, m.id, m.held_on, m.starts_at, m.place, m.scheduled_by, m.scheduled_at, c.carry_over_reason "
                        + "from prg_meeting_case c join prg_meeting m on m.id = c.meeting_id where c.carried_over_to = ? "
                        + "order by m.held_on, m.starts_at, m.id")
                .param(meetingId)
                .query(rs -> {
                    Meeting earlier = meeting(rs, 0);
                    from.put(rs.getString("case_reference"),
                            new TabledCase.CarriedFrom(earlier.id(), earlier.title(), rs.getString("carry_over_reason")));
                });
        return from;
    }

    /** The meetings that recorded an outcome of the case (screening, recommendation, quality assurance), the earliest first. */
    public List<Meeting> consideredAt(CaseReference caseReference) {
        return jdbc.sql(MEETING + "where id in (select meeting_id from prg_meeting_outcome where case_reference = ?) "
                + "order by held_on, starts_at, id").param(caseReference.value()).query(Meetings::meeting).list();
    }

    /** The meetings a case was tabled at, the earliest first; read once a read-only transaction (the case page asks twice). */
    public List<Meeting> meetingsOf(CaseReference caseReference) {
        return ReadingMemo.remember("meetings of a case", caseReference.value(), () -> List.copyOf(jdbc.sql(MEETING
                        + "where id in (select meeting_id from prg_meeting_case where case_reference = ?) "
                        + "order by held_on, starts_at, id")
                .param(caseReference.value()).query(Meetings::meeting).list()));
    }

    /**
     * Puts a case on the agenda with the chair's decision date as it stands; the page flags it when that
     * date falls before the meeting. A case already on this agenda is refused.
     */
    @Transactional
    public TabledCase table(Actor coordinator, long meetingId, CaseReference caseReference) {
        requireCoordinator(coordinator);
        existing(meetingId);
        requireNotApproved(meetingId);
        if (onAgenda(meetingId, caseReference)) {
            throw InvalidSubmissionException.of(null, caseReference.value() + " is already on this meeting's agenda");
        }
        if (!decisionDates.open(caseReference)) {
            throw InvalidSubmissionException.of(null, "There is no open case " + caseReference.value());
        }
        insertCase(meetingId, caseReference, coordinator);
        trail.append(caseReference, coordinator, TrailAction.CASE_TABLED, "meeting " + meetingId);
        return agenda(meetingId).stream().filter(c -> c.caseReference().equals(caseReference)).findFirst().orElseThrow();
    }

    /** Moves a case from this meeting's agenda to a later meeting's, with the reason. */
    @Transactional
    public void carryOver(Actor coordinator, long meetingId, CaseReference caseReference, Long toMeetingId, String reason) {
        requireCoordinator(coordinator);
        Meeting from = existing(meetingId);
        requireNotApproved(meetingId);
        String why = reason == null ? "" : reason.strip();
        if (toMeetingId == null || after(from).stream().noneMatch(m -> m.id() == toMeetingId)) {
            throw InvalidSubmissionException.of("toMeeting", "Select the later meeting the case goes to");
        }
        if (why.isEmpty()) {
            throw InvalidSubmissionException.of("reason", "Enter why the case is carried over");
        }
        if (why.length() > 1000) {
            throw InvalidSubmissionException.of("reason", "The reason must be 1000 characters or fewer");
        }
        int moved = jdbc.sql("update prg_meeting_case set carried_over_to = ?, carry_over_reason = ? "
                        + "where meeting_id = ? and case_reference = ? and carried_over_to is null")
                .params(toMeetingId, why, meetingId, caseReference.value()).update();
        if (moved == 0) {
            throw new BusinessRuleException("This case is not on this meeting's agenda, or was carried over already");
        }
        if (!onAgenda(toMeetingId, caseReference)) {
            insertCase(toMeetingId, caseReference, coordinator);
        }
        trail.append(caseReference, coordinator, TrailAction.CASE_CARRIED_OVER,
                "from meeting " + meetingId + " to meeting " + toMeetingId + ": " + why);
    }

    private boolean onAgenda(long meetingId, CaseReference caseReference) {
        return jdbc.sql("select count(*) from prg_meeting_case where meeting_id = ? and case_reference = ?")
                .params(meetingId, caseReference.value()).query(Long.class).single() > 0;
    }

    private void insertCase(long meetingId, CaseReference caseReference, Actor coordinator) {
        Instant due = decisionDates.due(caseReference).orElse(null);
        jdbc.sql("insert into prg_meeting_case (meeting_id, case_reference, tabled_by, tabled_at, decision_due) values (?, ?, ?, ?, ?)")
                .params(meetingId, caseReference.value(), coordinator.userId(), Timestamp.from(clock.instant()),
                        due == null ? null : Timestamp.from(due))
                .update();
    }

    /** True once the meeting's minutes are approved: its record is fixed from then on. */
    public boolean minutesApproved(long meetingId) {
        return jdbc.sql("select count(*) from prg_meeting_minutes where meeting_id = ? and approved_at is not null")
                .param(meetingId).query(Long.class).single() > 0;
    }

    void requireNotApproved(long meetingId) {
        if (minutesApproved(meetingId)) {
            throw new BusinessRuleException("The minutes of this meeting are approved: its record can no longer change");
        }
    }

    Meeting existing(long meetingId) {
        return find(meetingId).orElseThrow(() -> new BusinessRuleException("No such meeting"));
    }

    static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new BusinessRuleException("Only the PRG coordinator arranges meetings");
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getTime("starts_at").toLocalTime(),
                rs.getString("place"), rs.getString("scheduled_by"), rs.getTimestamp("scheduled_at").toInstant());
    }
}
