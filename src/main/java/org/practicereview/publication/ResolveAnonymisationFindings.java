package org.practicereview.publication;

import java.util.HashMap;
import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveAnonymisationFindings: the coordinator rewrites the fields named in the findings (same
 * keys as the pack; an empty field keeps its text) or uploads a corrected report, and the process checks
 * the pack again. Nothing to dismiss: a finding is resolved only by a text that no longer contains the
 * identifier, or by the chair's recorded override of the findings as they stand (then the task may be
 * completed unchanged and the next check passes on those findings, and only those).
 */
@Component
class ResolveAnonymisationFindings implements UserTaskHandler {

    private final PublicationSteps steps;

    ResolveAnonymisationFindings(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_ResolveAnonymisationFindings";
    }

    @Override
    public String formId() {
        return "resolve-anonymisation-findings";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Map<String, String> changes = PreparePublicationPack.texts(values);
        if (changes.isEmpty() && !steps.mayRecheckUnchanged(task.caseReference())) {
            throw InvalidSubmissionException.of(PackFields.PSEUDONYM,
                    "Change at least one field named in the findings, or upload a corrected report: the pack would fail the check again");
        }
        PublicationPack pack = steps.packOf(task.caseReference());
        Map<String, String> revised = new HashMap<>(pack.texts());
        revised.putAll(changes);
        BriefingSpace.requireFits(revised, pack.reviewType());
        steps.revise(task.caseReference(), changes);
        return Map.of();
    }
}
