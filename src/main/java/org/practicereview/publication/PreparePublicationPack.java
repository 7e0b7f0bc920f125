package org.practicereview.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_PreparePublicationPack: the whole pack, first time or after the chair returned it. */
@Component
class PreparePublicationPack implements UserTaskHandler {

    private final PublicationSteps steps;
    private final RuntimeService runtime;

    PreparePublicationPack(PublicationSteps steps, RuntimeService runtime) {
        this.steps = steps;
        this.runtime = runtime;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_PreparePublicationPack";
    }

    @Override
    public String formId() {
        return "prepare-publication-pack";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        boolean proceedingsOpen = "yes".equals(values.requiredText(PackFields.PROCEEDINGS_OPEN));
        // The type the chair commissioned, carried by the process from the decision: never a choice in the pack.
        ReviewType type = ReviewType.fromCode(runtime.getVariable(task.processInstanceId(), ProcessVariables.REVIEW_TYPE));
        Map<String, String> texts = texts(values);
        BriefingSpace.requireFits(texts, type);
        steps.prepare(task.caseReference(), type, texts, proceedingsOpen);
        return Map.of(ProcessVariables.PROCEEDINGS_OPEN, proceedingsOpen);
    }

    /** The pack's texts that were given, by field key. */
    static Map<String, String> texts(ValidatedValues values) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : PackFields.TEXTS) {
            values.text(key).ifPresent(t -> texts.put(key, t));
        }
        return texts;
    }
}
