package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_RecordFamilyInvolvement: how the family took part, kept in the review record only. */
@Component
class RecordFamilyInvolvement implements UserTaskHandler {

    private final ReviewSteps steps;

    RecordFamilyInvolvement(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecordFamilyInvolvement";
    }

    @Override
    public String formId() {
        return "record-family-involvement";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Review review = steps.reviewOf(task.caseReference());
        review.recordFamilyInvolvement(new FamilyInvolvement(values.requiredText("participation"),
                values.date("contactedOn").orElse(null), values.requiredText("involvementSummary")));
        steps.save(review);
        return Map.of();
    }
}
