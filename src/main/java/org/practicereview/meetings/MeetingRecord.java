package org.practicereview.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.settings.BoardSettings;
import org.practicereview.settings.MeetingQuorum;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.UserTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * What happens at a meeting: who came (and for which agency), who declared a conflict on which case,
 * and the PRG's tasks completed as the meeting's outcome — through the application's one task path,
 * only when the meeting is quorate for the case, with who was present kept beside the outcome.
 */
@Service
public class MeetingRecord {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final BoardSettings settings;
    private final TaskInbox inbox;
    private final UserTasks userTasks;
    private final Trail trail;
    private final Users users;
    private final Agencies agencies;
    private final Clock clock;

    MeetingRecord(JdbcClient jdbc, Meetings meetings, BoardSettings settings, TaskInbox inbox, UserTasks userTasks, Trail trail,
                  Users users, Agencies agencies, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.settings = settings;
        this.inbox = inbox;
        this.userTasks = userTasks;
        this.trail = trail;
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** One member's attendance as the coordinator records it; agency null for an independent member. */
    public record Attended(String username, Attendance attendance, String agencyCode) {}

    /** Records everyone's attendance at once; every invited member must be marked present or sent apologies. */
    @Transactional
    public void recordAttendance(Actor coordinator, long meetingId, List<Attended> attendance) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        List<Invitee> invited = meetings.invitees(meetingId);
        List<FieldError> errors = new ArrayList<>();
        for (Invitee i : invited) {
            Attended a = attendance.stream().filter(x -> x.username().equals(i.username())).findFirst().orElse(null);
            if (a == null || a.attendance() == null) {
                errors.add(new FieldError("attendance-" + i.username(), "Select whether " + i.name() + " was present"));
            } else if (a.agencyCode() != null && !agencies.exists(a.agencyCode())) {
                errors.add(new FieldError("agency-" + i.username(), "Select the agency " + i.name() + " represents"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        for (Attended a : attendance) {
            jdbc.sql("update prg_meeting_member set attendance = ?, agency_code = ? where meeting_id = ? and username = ?")
                    .params(a.attendance().name(), a.attendance() == Attendance.PRESENT ? a.agencyCode() : null, meetingId,
                            a.username()).update();
        }
        trail.append(null, coordinator, TrailAction.MEETING_ATTENDANCE_RECORDED, "meeting " + meetingId + ": present "
                + attendance.stream().filter(a -> a.attendance() == Attendance.PRESENT).map(Attended::username).toList()
                + ", apologies " + attendance.stream().filter(a -> a.attendance() == Attendance.APOLOGIES).map(Attended::username).toList());
    }

    /** A member declares a conflict of interest in a tabled case: they take no part in it. */
    @Transactional
    public void declareConflict(Actor coordinator, long meetingId, CaseReference caseReference, String username) {
        Meetings.requireCoordinator(coordinator);
        meetings.requireNotApproved(meetingId);
        requireTabled(meetingId, caseReference);
        if (username == null || meetings.invitees(meetingId).stream().noneMatch(i -> i.username().equals(username))) {
            throw InvalidSubmissionException.of("member", "Select the member who declared a conflict of interest");
        }
        if (conflicted(meetingId, caseReference).contains(username)) {
            throw InvalidSubmissionException.of("member", users.nameOf(username) + " has already declared a conflict in this case");
        }
        jdbc.sql("insert into prg_meeting_conflict (meeting_id, case_reference, username, declared_at, recorded_by) values (?, ?, ?, ?, ?)")
                .params(meetingId, caseReference.value(), username, Timestamp.from(clock.instant()), coordinator.userId()).update();
        trail.append(caseReference, coordinator, TrailAction.CONFLICT_OF_INTEREST_DECLARED,
                "meeting " + meetingId + ": " + username + " takes no part in this case");
    }

    public List<String> conflicted(long meetingId, CaseReference caseReference) {
        return jdbc.sql("select username from prg_meeting_conflict where meeting_id = ? and case_reference = ? order by username")
                .params(meetingId, caseReference.value()).query(String.class).list();
    }

    /**
     * Whether the members present, less those with a conflict, meet the board's rule for this case: the
     * rule in force when the meeting starts, so a later change of settings does not reopen a meeting held.
     */
    public Quorum quorum(long meetingId, CaseReference caseReference) {
        MeetingQuorum rule = settings.inForceAt(meetings.find(meetingId).orElseThrow().startsAtInstant()).quorum();
        List<String> conflicts = conflicted(meetingId, caseReference);
        List<Invitee> taking = meetings.invitees(meetingId).stream().filter(Invitee::present)
                .filter(i -> !conflicts.contains(i.username())).toList();
        long agencyCount = taking.stream().map(Invitee::agencyCode).filter(Objects::nonNull).distinct().count();
        return new Quorum(taking.stream().map(Invitee::username).toList(), conflicts, agencyCount,
                rule.met(taking.size(), agencyCount), rule.inWords());
    }

    /** The case's open task that the meeting may complete (screening, recommendation or quality assurance). */
    public Optional<TaskInbox.InboxTask> openTask(CaseReference caseReference) {
        return inbox.openTasksOfCase(caseReference).stream()
                .filter(t -> MeetingTasks.of(t.taskDefinitionKey()).isPresent()).findFirst();
    }

    public FormDefinition formOf(TaskInbox.InboxTask task) {
        return userTasks.formOf(task.taskDefinitionKey());
    }

    /**
     * Completes the case's open PRG task as the meeting's outcome, as a member present who takes part.
     * Refused, with nothing stored, when the meeting is not quorate for the case.
     */
    @Transactional
    public Outcome recordOutcome(Actor member, long meetingId, CaseReference caseReference, MultiValueMap<String, String> answers) {
        meetings.requireNotApproved(meetingId);
        requireTabled(meetingId, caseReference);
        Quorum quorum = quorum(meetingId, caseReference);
        if (!quorum.present().contains(member.userId())) {
            throw new BusinessRuleException("Only a member present at the meeting who takes part in this case records its outcome");
        }
        if (!quorum.met()) {
            throw new InvalidSubmissionException(List.of(new FieldError(null, quorum.shortfall())));
        }
        TaskInbox.InboxTask task = openTask(caseReference)
                .orElseThrow(() -> new BusinessRuleException("This case has no screening, recommendation or quality assurance open"));
        MeetingTasks kind = MeetingTasks.of(task.taskDefinitionKey()).orElseThrow();
        FormDefinition form = formOf(task);
        Map<String, Object> values = FormParameters.withoutDateParts(form, FormParameters.read(form, answers));
        userTasks.complete(task.id(), member, values);
        String outcome = kind.fixedOutcome != null ? kind.fixedOutcome
                : form.field(kind.outcomeField).map(f -> f.optionLabel(String.valueOf(values.get(kind.outcomeField)))).orElse("");
        Object rationale = values.get(kind.rationaleField);
        jdbc.sql("insert into prg_meeting_outcome (meeting_id, case_reference, task_name, outcome, rationale, present, recorded_by, "
                        + "recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, caseReference.value(), task.name(), outcome, rationale == null ? null : rationale.toString(),
                        String.join(",", quorum.present()), member.userId(), Timestamp.from(clock.instant()))
                .update();
        trail.append(caseReference, member, TrailAction.MEETING_OUTCOME_RECORDED, "meeting " + meetingId + ": " + task.name()
                + "; present and taking part: " + String.join(", ", quorum.present())
                + (quorum.notTakingPart().isEmpty() ? "" : "; not taking part: " + String.join(", ", quorum.notTakingPart())));
        return outcomes(meetingId).stream().filter(o -> o.caseReference().equals(caseReference)).reduce((a, b) -> b).orElseThrow();
    }

    /** The outcomes recorded at a meeting, in the order they were recorded; who was present by name. */
    public List<Outcome> outcomes(long meetingId) {
        return jdbc.sql("select case_reference, task_name, outcome, rationale, present, recorded_by, recorded_at "
                        + "from prg_meeting_outcome where meeting_id = ? order by id").param(meetingId)
                .query((rs, n) -> new Outcome(meetingId, new CaseReference(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), names(rs.getString(5)), users.nameOf(rs.getString(6)), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private String names(String usernames) {
        return Arrays.stream(usernames.split(",")).filter(s -> !s.isBlank()).map(users::nameOf).collect(Collectors.joining(", "));
    }

    private void requireTabled(long meetingId, CaseReference caseReference) {
        if (meetings.agenda(meetingId).stream().noneMatch(c -> c.caseReference().equals(caseReference) && !c.carriedOver())) {
            throw new BusinessRuleException("This case is not on this meeting's agenda");
        }
    }
}
