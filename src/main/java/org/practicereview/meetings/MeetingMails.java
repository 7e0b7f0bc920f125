package org.practicereview.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.GovDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting's mail to its invited members, through the outbox: the agenda (when, where, the cases
 * tabled by reference) and the news that its minutes are approved. Cases are named by reference only,
 * never by the child or family, and each mail links to the meeting's own page behind sign-in.
 */
@Service
public class MeetingMails {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Notifications notifications;
    private final Trail trail;
    private final Clock clock;

    MeetingMails(JdbcClient jdbc, Meetings meetings, Notifications notifications, Trail trail, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.notifications = notifications;
        this.trail = trail;
        this.clock = clock;
    }

    /** Mails the agenda to every invited member; sent again, it says the agenda has changed. */
    @Transactional
    public int sendAgenda(Actor coordinator, long meetingId) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        Meeting meeting = meetings.existing(meetingId);
        List<String> tabled = tabled(meetingId);
        List<Invitee> invited = meetings.invitees(meetingId);
        if (tabled.isEmpty()) {
            throw new BusinessRuleException("Table a case before the agenda is sent");
        }
        if (invited.isEmpty()) {
            throw new BusinessRuleException("Invite the members before the agenda is sent");
        }
        boolean again = agendaSentAt(meetingId).isPresent();
        String subject = (again ? "Agenda changed: " : "Agenda: ") + meeting.title();
        String body = "You are invited to the Practice Review Group's meeting on " + meeting.when() + ".\n\n"
                + (meeting.isLink() ? "Join online: " : "Place: ") + meeting.place() + "\n\n"
                + "Cases tabled: " + String.join(", ", tabled) + ".\n\n"
                + "The case pack is confidential: open it on the meeting's page after you sign in.";
        invited.forEach(i -> notifications.queue(null, NotificationKind.MEETING_AGENDA, Notifications.toUser(i.username()),
                subject, body, null, page(meetingId)));
        jdbc.sql("update prg_meeting set agenda_sent_at = ?, agenda_sent_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), coordinator.userId(), meetingId).update();
        trail.append(null, coordinator, TrailAction.MEETING_AGENDA_SENT, "meeting " + meetingId + ": agenda sent to "
                + invited.size() + (invited.size() == 1 ? " member" : " members") + "; cases " + String.join(", ", tabled));
        return invited.size();
    }

    /** When the agenda was last queued for the members, if it has been. */
    public Optional<Instant> agendaSentAt(long meetingId) {
        return jdbc.sql("select agenda_sent_at from prg_meeting where id = ? and agenda_sent_at is not null").param(meetingId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** "Agenda sent on 4 March 2027 at 10:15am", or null before it is sent. */
    public String agendaSentInWords(long meetingId) {
        return agendaSentAt(meetingId).map(at -> "Agenda sent on " + GovDates.time(at)).orElse(null);
    }

    /** Tells every invited member of the meeting that its minutes were approved, with the later meeting that approved them. */
    void minutesApproved(Meeting meeting, Meeting approvedAt) {
        String subject = "Minutes approved: " + meeting.title();
        String body = "The minutes of the Practice Review Group's meeting on " + meeting.when() + " were approved at the meeting on "
                + approvedAt.when() + ". They are now fixed.\n\nRead them on the meeting's page after you sign in.";
        meetings.invitees(meeting.id()).forEach(i -> notifications.queue(null, NotificationKind.MEETING_MINUTES_APPROVED,
                Notifications.toUser(i.username()), subject, body, null, page(meeting.id()) + "/minutes"));
    }

    private List<String> tabled(long meetingId) {
        return meetings.agenda(meetingId).stream().filter(c -> !c.carriedOver()).map(c -> c.caseReference().value()).toList();
    }

    private static String page(long meetingId) {
        return "/meetings/" + meetingId;
    }
}
