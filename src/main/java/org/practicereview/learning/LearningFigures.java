package org.practicereview.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.practicereview.identity.Agencies;
import org.practicereview.publication.Publications;
import org.practicereview.shared.Actor;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures of learning into practice for a period, in words ready to count: the action plans
 * opened in it, their actions by status and overdue, and where the briefings were used in it. For the
 * PRG, the chair and the auditor only, as the whole plans are.
 */
@Service
@Transactional(readOnly = true)
public class LearningFigures {

    /** Counts by what people read ("In progress", "Northshire Police"), in a stable order. */
    public record Figures(Map<String, Long> plans, Map<String, Long> actions, Map<String, Long> briefingUsesByAgency,
                          Map<String, Long> staffReachedByAgency) {}

    static final String OPEN = "Open";
    static final String OPEN_OVERDUE = "Open with an overdue action";
    static final String CLOSED = "Closed, every action accepted";
    static final String OVERDUE = "Overdue";

    /** The statuses of an action still the agency's to do: past its target date, it is overdue ({@link PlanAction#overdue}). */
    private static final List<String> OPEN_STATUSES = List.of(ActionStatus.NOT_STARTED.name(), ActionStatus.IN_PROGRESS.name());

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final Publications publications;

    LearningFigures(JdbcClient jdbc, Agencies agencies, WorkingDays workingDays, Publications publications) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.publications = publications;
    }

    static final String ASKED = "Asked";
    static final String ANSWERED = "Answered";

    /** The agencies asked in the period what changed in practice after a review, and how many of them answered: one count. */
    public Map<String, Long> practiceQuestionsBetween(Actor viewer, Instant from, Instant to) {
        requireBoard(viewer);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select count(*), count(answered_at) from learning_practice_question where asked_on >= ? and asked_on < ?")
                .params(day(from), day(to)).query((rs, n) -> {
                    counts.put(ASKED, rs.getLong(1));
                    counts.put(ANSWERED, rs.getLong(2));
                    return null;
                }).list();
        return counts;
    }

    /** The uses of briefings recorded for days in the period, by briefing (its published title): one grouped count. */
    public Map<String, Long> usesByBriefingBetween(Actor viewer, Instant from, Instant to) {
        requireBoard(viewer);
        Map<String, Long> byCase = new LinkedHashMap<>();
        jdbc.sql("select case_reference, count(*) from learning_briefing_use where used_on >= ? and used_on < ? group by case_reference")
                .params(day(from), day(to))
                .query((rs, n) -> byCase.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, String> titles = publications.publishedTitles(byCase.keySet());
        Map<String, Long> counts = new TreeMap<>();
        byCase.forEach((ref, uses) -> counts.merge(titles.getOrDefault(ref, "Case " + ref), uses, Long::sum));
        return new LinkedHashMap<>(counts);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(WorkingDays.UK).toLocalDate();
    }

    private static void requireBoard(Actor viewer) {
        if (!PlanAccess.seesWholePlan(viewer)) {
            throw new NotPermittedException("Not for this user");
        }
    }

    /**
     * The plans opened from {@code from} (inclusive) to {@code to} (exclusive) and the uses of briefings on those days,
     * each chart counted by the database in one grouped query, whatever the number of plans and uses.
     */
    public Figures between(Actor viewer, Instant from, Instant to) {
        if (!PlanAccess.seesWholePlan(viewer)) {
            throw new NotPermittedException("Not for this user");
        }
        LocalDate today = workingDays.today();
        Map<String, Long> actionCounts = new LinkedHashMap<>();
        Arrays.stream(ActionStatus.values()).forEach(s -> actionCounts.put(s.label(), 0L));
        long[] overdue = {0};
        jdbc.sql("select a.status, count(*) as n, sum(case when a.status in (:open) and a.target_date < :today then 1 else 0 end)"
                        + " as overdue from learning_action a join learning_plan p on p.id = a.plan_id"
                        + " where p.opened_at >= :from and p.opened_at < :to group by a.status")
                .param("open", OPEN_STATUSES).param("today", today).param("from", at(from)).param("to", at(to))
                .query((rs, row) -> {
                    actionCounts.put(ActionStatus.valueOf(rs.getString("status")).label(), rs.getLong("n"));
                    return overdue[0] += rs.getLong("overdue");
                }).list();
        actionCounts.put(OVERDUE, overdue[0]);
        return new Figures(plans(from, to, today), actionCounts, byAgency(from, to, false), byAgency(from, to, true));
    }

    /** Closed, open with an action past its target date, or open. */
    private Map<String, Long> plans(Instant from, Instant to, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(OPEN, 0L);
        counts.put(OPEN_OVERDUE, 0L);
        counts.put(CLOSED, 0L);
        jdbc.sql("select k, count(*) as n from (select case when p.closed_at is not null then 'closed'"
                        + " when exists (select 1 from learning_action a where a.plan_id = p.id and a.status in (:open)"
                        + " and a.target_date < :today) then 'overdue' else 'open' end as k"
                        + " from learning_plan p where p.opened_at >= :from and p.opened_at < :to) s group by k")
                .param("open", OPEN_STATUSES).param("today", today).param("from", at(from)).param("to", at(to))
                .query((rs, row) -> counts.put(switch (rs.getString("k")) {
                    case "closed" -> CLOSED;
                    case "overdue" -> OPEN_OVERDUE;
                    default -> OPEN;
                }, rs.getLong("n"))).list();
        return counts;
    }

    private Map<String, Long> byAgency(Instant from, Instant to, boolean staff) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        jdbc.sql("select agency_code, " + (staff ? "sum(staff_count)" : "count(*)") + " as n from learning_briefing_use"
                        + " where used_on >= :first and used_on < :end group by agency_code")
                .param("first", from.atZone(WorkingDays.UK).toLocalDate()).param("end", to.atZone(WorkingDays.UK).toLocalDate())
                .query((rs, row) -> byCode.put(rs.getString("agency_code"), rs.getLong("n"))).list();
        Map<String, String> names = agencies.namesOf(byCode.keySet());
        Map<String, Long> byName = new TreeMap<>();
        byCode.forEach((code, n) -> byName.merge(names.getOrDefault(code, code), n, Long::sum));
        return new LinkedHashMap<>(byName);
    }

    /** A moment as both drivers bind it to a column with time zone. */
    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
