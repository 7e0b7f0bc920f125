package org.practicereview.review;

import java.util.List;
import java.util.Map;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_AppointLeadReviewer: the chair chooses an independent lead reviewer from the reviewers' accounts
 * (never one of an agency involved in the case), who then drafts the report; for a local child safeguarding
 * practice review, any further reviewers beside them, under the same rule.
 */
@Component
class AppointLeadReviewer implements UserTaskHandler {

    static final String FURTHER = "furtherReviewers";

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
        List<String> further = furtherReviewers(task, review, reviewer, values.list(FURTHER));
        review.appointLeadReviewer(reviewer);
        review.appointFurtherReviewers(further);
        steps.save(review);
        return Map.of(ProcessVariables.LEAD_REVIEWER, reviewer);
    }

    /** A local review's further reviewers, each under the lead reviewer's rule; none for other reviews. */
    private List<String> furtherReviewers(TaskContext task, Review review, String lead, List<String> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        if (review.reviewType() != ReviewType.LCSPR) {
            throw InvalidSubmissionException.of(FURTHER, "Only a local child safeguarding practice review has further "
                    + "reviewers: leave them unselected");
        }
        if (chosen.contains(lead)) {
            throw InvalidSubmissionException.of(FURTHER, "The lead reviewer is already appointed: select further reviewers "
                    + "other than the lead reviewer");
        }
        return chosen.stream().distinct().map(userId -> eligibility.require(task.caseReference(), userId, FURTHER,
                "Select further reviewers from the list").username()).toList();
    }
}
