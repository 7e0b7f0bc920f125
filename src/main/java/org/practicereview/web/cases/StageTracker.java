package org.practicereview.web.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.practicereview.audit.TrailEntry;
import org.practicereview.shared.Stage;

/**
 * Where a case has been: referral, screening, decision, review, publication, each with when it was
 * reached and by whose step, read from the trail (the step that moved the case on).
 */
final class StageTracker {

    public record Step(String name, String status, String reachedOn, String reachedBy) {}

    private record Milestone(String name, Predicate<TrailEntry> reachedBy, boolean last) {}

    private static final List<Milestone> MILESTONES = List.of(
            new Milestone("Referral", e -> e.action().equals("REFERRAL_SUBMITTED"), false),
            new Milestone("Screening", completed("Task_TriageReferral").and(e -> e.details().contains("ACCEPTED")), false),
            new Milestone("Chair's decision", completed("Task_RecommendToChair"), false),
            new Milestone("Review", completed("Task_RecordScrDecision").and(e -> e.details().contains(" review ")), true),
            new Milestone("Publication", completed("Task_AgreeActionPlan"), false));

    private StageTracker() {}

    /** {@code trail} oldest first. */
    static List<Step> steps(Stage stage, List<TrailEntry> trail) {
        int current = index(stage);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < MILESTONES.size(); i++) {
            Milestone m = MILESTONES.get(i);
            Optional<TrailEntry> reached = find(trail, m);
            String status = current < 0 ? (reached.isPresent() ? "Completed" : "Not reached")
                    : i < current ? "Completed" : i == current ? "In progress" : "Not started";
            steps.add(new Step(m.name(), status, reached.map(e -> Labels.time(e.occurredAt())).orElse(null),
                    reached.map(e -> e.actor() + " (" + e.role() + ")").orElse(null)));
        }
        return steps;
    }

    private static Optional<TrailEntry> find(List<TrailEntry> trail, Milestone m) {
        List<TrailEntry> matching = trail.stream().filter(m.reachedBy()).toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(m.last() ? matching.get(matching.size() - 1) : matching.get(0));
    }

    private static Predicate<TrailEntry> completed(String taskKey) {
        return e -> e.action().equals("TASK_COMPLETED") && e.details() != null && e.details().startsWith(taskKey);
    }

    /** The milestone a stage belongs to; -1 for a case that has finished without publication. */
    private static int index(Stage stage) {
        return switch (stage) {
            case TRIAGE -> 0;
            case AGENCY_INFORMATION, SCREENING -> 1;
            case DECISION -> 2;
            case REVIEW -> 3;
            case PUBLICATION -> 4;
            case PUBLISHED -> 5;
            case CLOSED, MERGED -> -1;
        };
    }
}
