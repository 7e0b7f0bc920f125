package org.practicereview.review;

import org.practicereview.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_AgreeTermsOfReference: begins the review; tells the process whether the family is to be involved. */
@Component
class AgreeTermsOfReference implements UserTaskHandler {

    private final ReviewSteps steps;

    AgreeTermsOfReference(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_AgreeTermsOfReference";
    }

    @Override
    public String formId() {
        return "agree-terms-of-reference";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        TermsOfReference terms = termsFrom(values);
        if (steps.hasReview(task.caseReference())) {
            throw new BusinessRuleException("The terms of reference of this review are already agreed");
        }
        Review review = Review.begin(task.caseReference(), steps.reviewType(task), terms, steps.now());
        review.keepTarget(steps.target(task).orElse(null), steps.decisionToInitiate(task).orElse(null));
        steps.save(review);
        return Map.of(ProcessVariables.FAMILY_INVOLVEMENT, terms.familyInvolvementPlanned());
    }

    static TermsOfReference termsFrom(ValidatedValues values) {
        LocalDate from = values.date("periodFrom").orElseThrow();
        LocalDate to = values.date("periodTo").orElseThrow();
        Methodology methodology = Methodology.valueOf(values.requiredText("methodology"));
        List<FieldError> errors = new ArrayList<>();
        if (to.isBefore(from)) {
            errors.add(new FieldError("periodTo", "The end of the period under review must be the same as or after its start"));
        }
        if (methodology == Methodology.OTHER && values.text("otherMethodology").isEmpty()) {
            errors.add(new FieldError("otherMethodology", "Enter the other methodology"));
        }
        ReviewSteps.refuseIfAny(errors);
        String other = methodology == Methodology.OTHER ? values.textOrNull("otherMethodology") : null;
        return new TermsOfReference(from, to, values.requiredText("keyLinesOfEnquiry"), methodology, other,
                "yes".equals(values.requiredText("familyInvolvementPlanned")));
    }
}
