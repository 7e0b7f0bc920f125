package org.practicereview.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.learning.PlanRecords.Actions;
import org.practicereview.learning.PlanRecords.Plans;
import org.practicereview.learning.PlanRecords.Recommendations;
import org.practicereview.learning.PlanRecords.Updates;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The living plans as each viewer may see them: the access rule is applied here, not in the pages. */
@Service
@Transactional(readOnly = true)
public class PlanViews {

    private final Plans plans;
    private final Recommendations recommendations;
    private final Actions actions;
    private final Updates updates;
    private final Agencies agencies;
    private final Users users;
    private final WorkingDays workingDays;

    PlanViews(Plans plans, Recommendations recommendations, Actions actions, Updates updates, Agencies agencies, Users users,
              WorkingDays workingDays) {
        this.plans = plans;
        this.recommendations = recommendations;
        this.actions = actions;
        this.updates = updates;
        this.agencies = agencies;
        this.users = users;
        this.workingDays = workingDays;
    }

    /** The plan of a case, or empty when there is none or the viewer may see none of it. */
    public Optional<PlanView> plan(Actor viewer, CaseReference ref) {
        return plans.findByCaseReference(ref.value()).flatMap(plan -> view(viewer, plan));
    }

    /** Every plan the viewer may see part of, newest first. */
    public List<PlanView> plans(Actor viewer) {
        if (PlanAccess.seesWholePlan(viewer)) {
            return plans.findAllByOrderByOpenedAtDesc().stream().map(p -> view(viewer, p)).flatMap(Optional::stream).toList();
        }
        if (viewer.agencyCode() == null) {
            return List.of();
        }
        Set<Long> planIds = actions.findByOwnerAgencyOrderByTargetDate(viewer.agencyCode()).stream()
                .map(PlanAction::planId).collect(Collectors.toSet());
        return plans.findByIdIn(planIds).stream().sorted(Comparator.comparing(ActionPlan::openedAt).reversed())
                .map(p -> view(viewer, p)).flatMap(Optional::stream).toList();
    }

    private Optional<PlanView> view(Actor viewer, ActionPlan plan) {
        List<PlanAction> seen = actions.findByPlanIdOrderByRecommendationNumberAscNumberAsc(plan.id()).stream()
                .filter(a -> PlanAccess.sees(viewer, a)).toList();
        boolean whole = PlanAccess.seesWholePlan(viewer);
        if (!whole && seen.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<ActionUpdate>> history = seen.isEmpty() ? Map.of()
                : updates.findByActionIdInOrderById(seen.stream().map(PlanAction::id).toList()).stream()
                .collect(Collectors.groupingBy(ActionUpdate::actionId));
        Map<String, String> names = agencies.namesOf(seen.stream().map(PlanAction::ownerAgency).collect(Collectors.toSet()));
        boolean mayAdd = PlanAccess.mayAdd(viewer) && plan.closedAt().isEmpty();
        boolean mayDecide = PlanAccess.mayDecide(viewer);
        List<PlanView.RecommendationView> recs = new ArrayList<>();
        for (PlanRecommendation r : recommendations.findByPlanIdOrderByNumber(plan.id())) {
            List<PlanView.ActionView> its = seen.stream().filter(a -> a.recommendationNumber() == r.number())
                    .map(a -> action(viewer, plan, a, names, history.getOrDefault(a.id(), List.of()), mayDecide)).toList();
            if (whole || !its.isEmpty()) {
                recs.add(new PlanView.RecommendationView(r.number(), r.text(), its));
            }
        }
        return Optional.of(new PlanView(plan.caseReference(), GovDates.day(plan.openedAt()),
                plan.closedAt().map(GovDates::day).orElse(null), recs, mayAdd, mayDecide));
    }

    private PlanView.ActionView action(Actor viewer, ActionPlan plan, PlanAction a, Map<String, String> names,
                                       List<ActionUpdate> history, boolean mayDecide) {
        boolean overdue = a.overdue(workingDays.today());
        String latest = history.stream().filter(u -> u.kind() == ActionUpdate.Kind.PROGRESS).map(ActionUpdate::note)
                .filter(Objects::nonNull).reduce((first, second) -> second).orElse("");
        List<PlanView.UpdateView> entries = history.stream().map(u -> new PlanView.UpdateView(u.kind().label, u.status().label(),
                users.nameOf(u.recordedBy()), GovDates.time(u.recordedAt()), u.note(), u.documentId(), u.fileName())).toList();
        return new PlanView.ActionView(a.id(), plan.caseReference(), a.label(), a.description(), names.get(a.ownerAgency()),
                GovDates.day(a.targetDate()), a.status().label(), overdue ? "red" : a.status().colour(), overdue,
                a.status() == ActionStatus.ACCEPTED, a.status() == ActionStatus.AWAITING_ACCEPTANCE,
                a.moreAskedReason().orElse(null), a.remindedAfterOn().map(GovDates::day).orElse(null), latest, entries,
                PlanAccess.owns(viewer, a) && (a.status() == ActionStatus.NOT_STARTED || a.status() == ActionStatus.IN_PROGRESS),
                mayDecide && a.status() == ActionStatus.AWAITING_ACCEPTANCE);
    }
}
