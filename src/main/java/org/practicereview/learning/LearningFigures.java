package org.practicereview.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.learning.PlanRecords.Actions;
import org.practicereview.learning.PlanRecords.Plans;
import org.practicereview.publication.PublishedReview;
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

    private final Plans plans;
    private final Actions actions;
    private final BriefingUses.Uses uses;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Publications publications;

    LearningFigures(Plans plans, Actions actions, BriefingUses.Uses uses, Agencies agencies, WorkingDays workingDays, JdbcClient jdbc,
                    Publications publications) {
        this.plans = plans;
        this.actions = actions;
        this.uses = uses;
        this.agencies = agencies;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
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
        Map<String, String> titles = publications.published().stream()
                .collect(Collectors.toMap(PublishedReview::caseReference, PublishedReview::title, (a, b) -> a));
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select case_reference, count(*) from learning_briefing_use where used_on >= ? and used_on < ? group by case_reference")
                .params(day(from), day(to))
                .query((rs, n) -> counts.merge(titles.getOrDefault(rs.getString(1), "Case " + rs.getString(1)), rs.getLong(2), Long::sum))
                .list();
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

    /** The plans opened from {@code from} (inclusive) to {@code to} (exclusive) and the uses of briefings on those days. */
    public Figures between(Actor viewer, Instant from, Instant to) {
        if (!PlanAccess.seesWholePlan(viewer)) {
            throw new NotPermittedException("Not for this user");
        }
        LocalDate today = workingDays.today();
        List<ActionPlan> opened = plans.findAllByOrderByOpenedAtDesc().stream()
                .filter(p -> !p.openedAt().isBefore(from) && p.openedAt().isBefore(to)).toList();
        Set<Long> ids = opened.stream().map(ActionPlan::id).collect(Collectors.toSet());
        List<PlanAction> theirs = actions.findAll().stream().filter(a -> ids.contains(a.planId())).toList();
        Map<String, Long> planCounts = new LinkedHashMap<>();
        planCounts.put(OPEN, 0L);
        planCounts.put(OPEN_OVERDUE, 0L);
        planCounts.put(CLOSED, 0L);
        for (ActionPlan plan : opened) {
            boolean overdue = theirs.stream().anyMatch(a -> a.planId().equals(plan.id()) && a.overdue(today));
            planCounts.merge(plan.closedAt().isPresent() ? CLOSED : overdue ? OPEN_OVERDUE : OPEN, 1L, Long::sum);
        }
        Map<String, Long> actionCounts = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            actionCounts.put(status.label(), theirs.stream().filter(a -> a.status() == status).count());
        }
        actionCounts.put(OVERDUE, theirs.stream().filter(a -> a.overdue(today)).count());
        return new Figures(planCounts, actionCounts, byAgency(from, to, false), byAgency(from, to, true));
    }

    private Map<String, Long> byAgency(Instant from, Instant to, boolean staff) {
        LocalDate first = from.atZone(WorkingDays.UK).toLocalDate();
        LocalDate end = to.atZone(WorkingDays.UK).toLocalDate();
        List<BriefingUse> inPeriod = uses.findAll().stream()
                .filter(u -> !u.usedOn().isBefore(first) && u.usedOn().isBefore(end)).toList();
        Map<String, String> names = agencies.namesOf(inPeriod.stream().map(BriefingUse::agencyCode).collect(Collectors.toSet()));
        return inPeriod.stream().collect(Collectors.groupingBy(u -> names.getOrDefault(u.agencyCode(), u.agencyCode()),
                        Collectors.summingLong(u -> staff ? u.staffCount() : 1)))
                .entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
