package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_AppointLeadReviewer: the chair names an independent lead reviewer, who then drafts the report. */
@Component
class AppointLeadReviewer implements UserTaskHandler {

    private final ReviewSteps steps;

    AppointLeadReviewer(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_AppointLeadReviewer";
    }

    @Override
    public String formId() {
        return "appoint-lead-reviewer";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        if (!"yes".equals(values.requiredText("independenceConfirmed"))) {
            throw InvalidSubmissionException.of("independenceConfirmed",
                    "The lead reviewer must be independent of the agencies involved: appoint someone who is");
        }
        String reviewer = values.requiredText("leadReviewer");
        Review review = steps.reviewOf(task.caseReference());
        review.appointLeadReviewer(reviewer);
        steps.save(review);
        return Map.of(ProcessVariables.LEAD_REVIEWER, reviewer);
    }
}
