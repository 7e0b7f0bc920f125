package org.practicereview.publication;

import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_ApprovePublication: the chair approves, or returns the pack with what must change. */
@Component
class ApprovePublication implements UserTaskHandler {

    private final PublicationSteps steps;

    ApprovePublication(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_ApprovePublication";
    }

    @Override
    public String formId() {
        return "approve-publication";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        boolean approved = "yes".equals(values.requiredText("publicationApproved"));
        String comments = values.textOrNull("approvalComments");
        if (!approved && comments == null) {
            throw InvalidSubmissionException.of("approvalComments", "Enter comments saying what must change before publication");
        }
        steps.decide(task.caseReference(), task.actor(), approved, comments);
        return Map.of(ProcessVariables.PUBLICATION_APPROVED, approved);
    }
}
