package org.practicereview.decision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.shared.Actor;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of decisions not to review, read beside the living action plans: each one's
 * case, what, owning agency, due date and whether it is done or overdue; and their counts for the board's
 * dashboard. They stay tasks of the case's process (evidence recorded by the business unit, escalation at
 * the first due date, the case closed when every one is done): this is their tracking view, not a copy.
 * The board reads every one; an agency only those it owns.
 */
@Service
@Transactional(readOnly = true)
public class DeclineFollowUps {

    public static final String DONE = "Done";
    public static final String OPEN = "Not done, not yet due";
    public static final String OVERDUE = "Overdue";

    /** One follow-up action in words. */
    public record Row(String caseReference, String kind, String what, String agency, String due, String status, boolean overdue) {}

    private final FollowUpActions actions;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;

    DeclineFollowUps(FollowUpActions actions, Agencies agencies, WorkingDays workingDays, JdbcClient jdbc) {
        this.actions = actions;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
    }

    /** The PRG, the chair and the auditor read every follow-up, as they read every action plan. */
    static boolean seesAll(Actor viewer) {
        return viewer.has(Role.PRG_COORDINATOR) || viewer.has(Role.PRG_MEMBER) || viewer.has(Role.CHAIR) || viewer.has(Role.AUDITOR);
    }

    /** The follow-ups the viewer may read, those not done first, then by due date. */
    public List<Row> visibleTo(Actor viewer) {
        boolean all = seesAll(viewer);
        String own = viewer.has(Role.AGENCY) ? viewer.agencyCode() : null;
        if (!all && own == null) {
            return List.of();
        }
        LocalDate today = workingDays.today();
        List<FollowUpAction> seen = actions.findAllByOrderByDueDateAscIdAsc().stream()
                .filter(a -> all || own.equals(a.ownerAgency())).toList();
        Map<String, String> names = agencies.namesOf(seen.stream().map(FollowUpAction::ownerAgency).collect(Collectors.toSet()));
        return seen.stream().sorted(Comparator.comparing((FollowUpAction a) -> a.completedAt().isPresent()))
                .map(a -> row(a, names.getOrDefault(a.ownerAgency(), a.ownerAgency()), today)).toList();
    }

    private static Row row(FollowUpAction a, String agency, LocalDate today) {
        boolean overdue = a.completedAt().isEmpty() && today.isAfter(a.dueDate());
        String status = a.completedAt().map(at -> DONE + " on " + GovDates.day(at.atZone(WorkingDays.UK).toLocalDate()))
                .orElse(overdue ? OVERDUE : "Due by " + GovDates.day(a.dueDate()));
        return new Row(a.caseReference().value(), a.kind().label(), a.description(), agency, GovDates.day(a.dueDate()), status, overdue);
    }

    /** The follow-ups the chair asked for in the period, by status: one count. */
    public Map<String, Long> askedBetween(Instant from, Instant to) {
        LocalDate today = workingDays.today();
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select count(completed_at), "
                        + "sum(case when completed_at is null and due_date >= ? then 1 else 0 end), "
                        + "sum(case when completed_at is null and due_date < ? then 1 else 0 end) "
                        + "from follow_up_action where created_at >= ? and created_at < ?")
                .params(today, today, Timestamp.from(from), Timestamp.from(to)).query((rs, n) -> {
                    counts.put(DONE, rs.getLong(1));
                    counts.put(OPEN, rs.getLong(2));
                    counts.put(OVERDUE, rs.getLong(3));
                    return null;
                }).list();
        return counts;
    }
}
