package org.practicereview.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_DraftReport: the lead reviewer submits the next version of the report for quality assurance. The final
 * report of a local child safeguarding practice review must summarise the improvements it recommends and analyse
 * the systemic or underlying reasons for what happened (SI 2018/789 reg. 14), so every version of one says both.
 */
@Component
class DraftReport implements UserTaskHandler {

    static final String IMPROVEMENTS = "recommendedImprovements";
    static final String SYSTEMIC_REASONS = "systemicReasons";

    private final ReviewSteps steps;

    DraftReport(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_DraftReport";
    }

    @Override
    public String formId() {
        return "draft-report";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Review review = steps.reviewOf(task.caseReference());
        List<FieldError> errors = new ArrayList<>();
        if (review.status() == ReviewStatus.RETURNED_FOR_REVISION && values.text("changesSinceLastVersion").isEmpty()) {
            errors.add(new FieldError("changesSinceLastVersion",
                    "Enter what changed since the last version, which quality assurance returned"));
        }
        if (review.reviewType() == ReviewType.LCSPR) {
            if (values.text(IMPROVEMENTS).isEmpty()) {
                errors.add(new FieldError(IMPROVEMENTS, "Enter a summary of the improvements the review recommends: "
                        + "the report of a local child safeguarding practice review must give one"));
            }
            if (values.text(SYSTEMIC_REASONS).isEmpty()) {
                errors.add(new FieldError(SYSTEMIC_REASONS, "Enter the analysis of systemic or underlying reasons: "
                        + "the report of a local child safeguarding practice review must give one"));
            }
        }
        ReviewSteps.refuseIfAny(errors);
        review.submitDraft(values.requiredText("summaryOfFindings"), values.textOrNull("changesSinceLastVersion"),
                task.actor().userId(), steps.now());
        steps.save(review);
        return Map.of();
    }
}
