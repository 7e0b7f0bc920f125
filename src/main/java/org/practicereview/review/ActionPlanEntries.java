package org.practicereview.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.ValidatedValues;

/**
 * Reads the recommendations of the agree-action-plan form. A Camunda Form has no repeating group
 * that both Tasklist and our GOV.UK pages render without JavaScript, so the form offers five
 * numbered recommendations ({@code item1Recommendation} ... {@code item5Status}). Recommendation 1
 * is required by the form itself; each later one is all-or-nothing: leave all of its fields empty to
 * skip it, or fill recommendation, scope, owner agency and due date (the status may stay empty and
 * means OPEN, because a browser may pre-select it). A board that needs more than five adds them
 * after agreeing the plan. Every problem of every recommendation is reported at once.
 */
final class ActionPlanEntries {

    static final int MAX_ITEMS = 5;

    private final ValidatedValues values;
    private final Predicate<String> knownAgency;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    private ActionPlanEntries(ValidatedValues values, Predicate<String> knownAgency, LocalDate today) {
        this.values = values;
        this.knownAgency = knownAgency;
        this.today = today;
    }

    /** The proposals in form order, or the problems found. */
    static List<ActionPlanItem.Proposal> read(ValidatedValues values, Predicate<String> knownAgency, LocalDate today) {
        ActionPlanEntries entries = new ActionPlanEntries(values, knownAgency, today);
        List<ActionPlanItem.Proposal> items = new ArrayList<>();
        for (int n = 1; n <= MAX_ITEMS; n++) {
            entries.item(n).ifPresent(items::add);
        }
        ReviewSteps.refuseIfAny(entries.errors);
        return items;
    }

    private Optional<ActionPlanItem.Proposal> item(int n) {
        String recommendation = values.textOrNull(key(n, "Recommendation"));
        String scope = values.textOrNull(key(n, "Scope"));
        String owner = values.textOrNull(key(n, "OwnerAgency"));
        LocalDate due = values.date(key(n, "DueDate")).orElse(null);
        if (recommendation == null && scope == null && owner == null && due == null) {
            return Optional.empty();
        }
        int before = errors.size();
        missing(recommendation == null, n, "Recommendation", "Enter recommendation " + n);
        missing(scope == null, n, "Scope", "Select whether recommendation " + n + " is single- or multi-agency");
        missing(owner == null, n, "OwnerAgency", "Enter the owner agency of recommendation " + n);
        missing(due == null, n, "DueDate", "Enter the due date of recommendation " + n);
        missing(owner != null && !knownAgency.test(owner), n, "OwnerAgency",
                "The owner agency of recommendation " + n + " must be an agency the board knows");
        missing(due != null && due.isBefore(today), n, "DueDate",
                "The due date of recommendation " + n + " must be today or in the future");
        if (errors.size() > before) {
            return Optional.empty();
        }
        String status = values.textOrNull(key(n, "Status"));
        return Optional.of(new ActionPlanItem.Proposal(recommendation, ActionScope.valueOf(scope), owner, due,
                status == null ? ActionStatus.OPEN : ActionStatus.valueOf(status)));
    }

    private void missing(boolean problem, int n, String field, String message) {
        if (problem) {
            errors.add(new FieldError(key(n, field), message));
        }
    }

    static String key(int n, String field) {
        return "item" + n + field;
    }
}
