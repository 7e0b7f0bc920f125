package org.practicereview.referral.internal;

import java.util.Map;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Task_ProvideMoreInformation: the referrer answers the coordinator's questions. The answer is kept
 * as the task's submission (with the case's other submissions) and the referral goes back to triage.
 */
@Component
class ProvideMoreInformationHandler implements UserTaskHandler {

    @Override
    public String taskDefinitionKey() {
        return "Task_ProvideMoreInformation";
    }

    @Override
    public String formId() {
        return "provide-more-information";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        return Map.of();
    }
}
