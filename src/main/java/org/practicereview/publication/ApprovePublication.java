package org.practicereview.publication;

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
 * Task_ApprovePublication: the chair approves, or returns the pack with what must change; for a local review, each of
 * the three safeguarding partners answers on their own task ({@link PublicationApprovers}) and the third decides.
 */
@Component
class ApprovePublication implements UserTaskHandler {

    private final PublicationSteps steps;
    private final PartnerPublicationApprovals partners;
    private final RuntimeService runtime;

    ApprovePublication(PublicationSteps steps, PartnerPublicationApprovals partners, RuntimeService runtime) {
        this.steps = steps;
        this.partners = partners;
        this.runtime = runtime;
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
        Role approver = approverOf(task);
        if (approver.isPartner()) {
            return Map.of(ProcessVariables.PUBLICATION_APPROVED,
                    partners.answer(task.caseReference(), task.actor(), approver, approved, comments));
        }
        steps.decide(task.caseReference(), task.actor(), approved, comments);
        return Map.of(ProcessVariables.PUBLICATION_APPROVED, approved);
    }

    /** Whose approval this task asks for; tasks begun before the partners could approve are the chair's. */
    private Role approverOf(TaskContext task) {
        Object role = runtime.getVariable(task.executionId(), ProcessVariables.APPROVER_ROLE);
        return role == null ? Role.CHAIR : Role.valueOf((String) role);
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "yes".equals(values.requiredText("publicationApproved")) ? "approved" : "returned for changes";
    }
}
