package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_SubmitAgencyReport: one agency's report; the agency is the multi-instance element of the task. */
@Component
class SubmitAgencyReport implements UserTaskHandler {

    private final ReviewSteps steps;

    SubmitAgencyReport(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_SubmitAgencyReport";
    }

    @Override
    public String formId() {
        return "submit-agency-report";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Review review = steps.reviewOf(task.caseReference());
        AgencyReport.Contents contents = new AgencyReport.Contents(values.requiredText("involvementSummary"),
                values.requiredText("analysis"), values.requiredText("learning"),
                values.textOrNull("agencyRecommendations"), "yes".equals(values.requiredText("filesSecured")));
        review.recordAgencyReport(steps.agency(task), contents, task.actor().userId(), steps.now());
        steps.save(review);
        return Map.of();
    }
}
