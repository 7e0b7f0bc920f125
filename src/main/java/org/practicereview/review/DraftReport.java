package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_DraftReport: the lead reviewer submits the next version of the report for quality assurance. */
@Component
class DraftReport implements UserTaskHandler {

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
        if (review.status() == ReviewStatus.RETURNED_FOR_REVISION && values.text("changesSinceLastVersion").isEmpty()) {
            throw InvalidSubmissionException.of("changesSinceLastVersion",
                    "Enter what changed since the last version, which quality assurance returned");
        }
        review.submitDraft(values.requiredText("summaryOfFindings"), values.textOrNull("changesSinceLastVersion"),
                task.actor().userId(), steps.now());
        steps.save(review);
        return Map.of();
    }
}
