package org.practicereview.web.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;

/**
 * Where a case has been on its route (a serious case review's referral, screening, decision, review and
 * publication; the 2018 route's; a learning referral's), each milestone with when it was reached and by
 * whose step: the milestone event the owning module wrote to the trail when its step moved the case on
 * (a typed action, never the text of another event).
 */
final class StageTracker {

    public record Step(String name, String status, String reachedOn, String reachedBy) {}

    private record Milestone(String name, TrailAction reachedBy, boolean last) {}

    private static final List<Milestone> MILESTONES = List.of(
            new Milestone("Referral", TrailAction.REFERRAL_SUBMITTED, false),
            new Milestone("Screening", TrailAction.REFERRAL_ACCEPTED, false),
            new Milestone("Chair's decision", TrailAction.RECOMMENDATION_MADE, false),
            new Milestone("Review", TrailAction.REVIEW_COMMISSIONED, true),
            new Milestone("Publication", TrailAction.ACTION_PLAN_AGREED, false));

    /**
     * The 2018 route's milestones: the notification follows triage, the rapid review follows the notification to the
     * panel (the agency round is its first part), the local review follows the panel's response (the latest, when it
     * asked for more), and publication follows the action plan, as on the SCR route.
     */
    private static final List<Milestone> CSPR_MILESTONES = List.of(
            new Milestone("Referral", TrailAction.REFERRAL_SUBMITTED, false),
            new Milestone("Serious incident notification", TrailAction.REFERRAL_ACCEPTED, false),
            new Milestone("Rapid review", TrailAction.INCIDENT_PANEL_NOTIFIED, false),
            new Milestone("Local review", TrailAction.PANEL_RESPONSE_RECORDED, true),
            new Milestone("Publication", TrailAction.ACTION_PLAN_AGREED, false));

    /**
     * A referral for multi-agency learning or good practice, under either law: accepted at triage, it goes straight to the
     * PRG as its review (no screening, no chair's decision, no notification), then publication after the action plan.
     */
    private static List<Milestone> learningMilestones(String review) {
        return List.of(
                new Milestone("Referral", TrailAction.REFERRAL_SUBMITTED, false),
                new Milestone(review + " by the Practice Review Group", TrailAction.REFERRAL_ACCEPTED, false),
                new Milestone("Publication", TrailAction.ACTION_PLAN_AGREED, false));
    }

    private StageTracker() {}

    /** {@code trail} oldest first; {@code names} gives a person's name for the user id the trail holds. */
    static List<Step> steps(Stage stage, List<TrailEntry> trail, UnaryOperator<String> names) {
        return steps(Regime.SCR_2006, "SCR_CONSIDERATION", stage, trail, names);
    }

    /**
     * The milestones of the route the case takes: a learning referral's own ({@code purpose} as stored), or a serious
     * incident's under the case's law (the 2018 route's once the local authority's awareness is recorded).
     */
    static List<Step> steps(Regime regime, String purpose, Stage stage, List<TrailEntry> trail, UnaryOperator<String> names) {
        boolean learning = "MULTI_AGENCY_LEARNING".equals(purpose) || "GOOD_PRACTICE".equals(purpose);
        boolean cspr = !learning && regime == Regime.CSPR_2018 && (notPastTriage(stage)
                || trail.stream().anyMatch(e -> e.is(TrailAction.INCIDENT_AWARENESS_RECORDED)));
        List<Milestone> milestones = learning
                ? learningMilestones("GOOD_PRACTICE".equals(purpose) ? "Good-practice review" : "Reflective review")
                : cspr ? CSPR_MILESTONES : MILESTONES;
        int current = learning ? learningIndex(stage) : cspr ? csprIndex(stage) : index(stage);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            Optional<TrailEntry> reached = find(trail, m);
            String status = current < 0 ? (reached.isPresent() ? "Completed" : "Not reached")
                    : i < current ? "Completed" : i == current ? "In progress" : "Not started";
            steps.add(new Step(m.name(), status, reached.map(e -> Labels.time(e.occurredAt())).orElse(null),
                    reached.map(e -> names.apply(e.actor()) + " (" + Role.labelOf(e.role()) + ")").orElse(null)));
        }
        return steps;
    }

    /**
     * A serious incident under the 2018 arrangements that triage has not yet sent on is on that route; past triage, a case
     * without the local authority's awareness recorded runs a diagram from before that route and takes the SCR's steps.
     */
    private static boolean notPastTriage(Stage stage) {
        return stage == Stage.TRIAGE || stage == Stage.MERGED;
    }

    private static Optional<TrailEntry> find(List<TrailEntry> trail, Milestone m) {
        List<TrailEntry> matching = trail.stream().filter(e -> e.is(m.reachedBy())).toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.last() ? matching.get(matching.size() - 1) : matching.get(0));
    }

    /** A learning referral's milestone a stage belongs to; it never passes the serious incident's stages. */
    private static int learningIndex(Stage stage) {
        return switch (stage) {
            case TRIAGE -> 0;
            case NOTIFICATION, AGENCY_INFORMATION, SCREENING, DECISION, RAPID_REVIEW, REVIEW -> 1;
            case PUBLICATION -> 2;
            case PUBLISHED -> 3;
            case CLOSED, MERGED -> -1;
        };
    }

    /** The 2018 route's milestone a stage belongs to; -1 for a case that has finished without publication. */
    private static int csprIndex(Stage stage) {
        return switch (stage) {
            case TRIAGE -> 0;
            case NOTIFICATION -> 1;
            case AGENCY_INFORMATION, SCREENING, DECISION, RAPID_REVIEW -> 2;
            case REVIEW -> 3;
            case PUBLICATION -> 4;
            case PUBLISHED -> 5;
            case CLOSED, MERGED -> -1;
        };
    }

    /** The milestone a stage belongs to; -1 for a case that has finished without publication. */
    private static int index(Stage stage) {
        return switch (stage) {
            case TRIAGE -> 0;
            case NOTIFICATION, AGENCY_INFORMATION, SCREENING -> 1;
            case DECISION, RAPID_REVIEW -> 2;
            case REVIEW -> 3;
            case PUBLICATION -> 4;
            case PUBLISHED -> 5;
            case CLOSED, MERGED -> -1;
        };
    }
}
