package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_AppointLeadReviewer: the chair chooses an independent lead reviewer from the reviewers' accounts
 * (never one of an agency involved in the case), who then drafts the report.
 */
@Component
class AppointLeadReviewer implements UserTaskHandler {

    private final ReviewSteps steps;
    private final LeadReviewerEligibility eligibility;

    AppointLeadReviewer(ReviewSteps steps, LeadReviewerEligibility eligibility) {
        this.steps = steps;
        this.eligibility = eligibility;
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
        String reviewer = eligibility.require(task.caseReference(), values.requiredText("leadReviewer")).username();
        Review review = steps.reviewOf(task.caseReference());
        review.appointLeadReviewer(reviewer);
        steps.save(review);
        return Map.of(ProcessVariables.LEAD_REVIEWER, reviewer);
    }
}
