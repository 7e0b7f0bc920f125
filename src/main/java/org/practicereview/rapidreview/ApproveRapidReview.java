package org.practicereview.rapidreview;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_ApproveRapidReview: one of the three safeguarding partners (or their delegate, who holds the partner's role)
 * approves the rapid review, or does not, with the reason. Every partner answers; one refusal sends it back.
 */
@Component
class ApproveRapidReview implements UserTaskHandler {

    static final String FORM = "approve-rapid-review";

    private final RapidReviewSteps steps;
    private final RuntimeService runtime;

    ApproveRapidReview(RapidReviewSteps steps, RuntimeService runtime) {
        this.steps = steps;
        this.runtime = runtime;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_ApproveRapidReview";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        boolean approved = "yes".equals(values.requiredText("approved"));
        String reason = values.textOrNull("reason");
        if (!approved && reason == null) {
            throw InvalidSubmissionException.of("reason", "Enter the reason the partner does not approve the rapid review");
        }
        Role partner = Role.valueOf((String) runtime.getVariable(task.executionId(), ProcessVariables.PARTNER_ROLE));
        boolean noneRefused = steps.answer(task.caseReference(), task.actor(), partner, approved, reason);
        return Map.of(ProcessVariables.PARTNERS_APPROVED, noneRefused);
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "yes".equals(values.requiredText("approved")) ? "approved" : "not approved";
    }
}
