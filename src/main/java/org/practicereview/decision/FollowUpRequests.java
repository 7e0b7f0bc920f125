package org.practicereview.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.identity.Agencies;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.ValidatedValues;
import org.practicereview.workflow.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Reads the follow-ups the chair asks for with a decision not to review: for each one ticked, what is to
 * be done, by which of the board's agencies, and by when (a date after today). Each missing answer is
 * reported on its own field, with the decision form's other problems.
 */
@Component
class FollowUpRequests {

    /** The form's fields of each follow-up: what, which agency, by when. */
    private static final Map<FollowUpKind, String> FIELDS = Map.of(
            FollowUpKind.DISSEMINATE_LEARNING, "learningToShare",
            FollowUpKind.IMMEDIATE_ACTION, "immediateAction");

    private final Agencies agencies;
    private final WorkingDays workingDays;

    FollowUpRequests(Agencies agencies, WorkingDays workingDays) {
        this.agencies = agencies;
        this.workingDays = workingDays;
    }

    /** The follow-ups asked for; what is missing is added to {@code errors}, for the page to show with the rest. */
    List<FollowUps.FollowUpRequest> of(List<String> ticked, ValidatedValues values, List<FieldError> errors) {
        List<FollowUps.FollowUpRequest> requests = new ArrayList<>();
        for (String code : ticked) {
            FollowUpKind kind = FollowUpKind.valueOf(code);
            String field = FIELDS.get(kind);
            String what = values.textOrNull(field);
            String owner = values.textOrNull(field + "For");
            var due = values.date(field + "Due").orElse(null);
            String name = kind == FollowUpKind.DISSEMINATE_LEARNING ? "the learning to share" : "the immediate action";
            if (what == null) {
                errors.add(new FieldError(field, "Enter " + name));
            }
            if (owner == null || !agencies.exists(owner)) {
                errors.add(new FieldError(field + "For", "Select the agency responsible for " + name));
            }
            if (due == null) {
                errors.add(new FieldError(field + "Due", "Enter the date by which " + name + " is due"));
            } else if (!due.isAfter(workingDays.today())) {
                errors.add(new FieldError(field + "Due", "The date for " + name + " must be in the future"));
            }
            if (what != null && owner != null && due != null) {
                requests.add(new FollowUps.FollowUpRequest(kind, what, owner, due));
            }
        }
        return requests;
    }
}
