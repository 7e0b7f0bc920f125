package org.practicereview.decision;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_CompleteFollowUpAction: the business unit records the evidence that one follow-up action was done. */
@Component
class CompleteFollowUpAction implements UserTaskHandler {

    static final String TASK = "Task_CompleteFollowUpAction";

    private final FollowUps followUps;
    private final RuntimeService runtime;

    CompleteFollowUpAction(FollowUps followUps, RuntimeService runtime) {
        this.followUps = followUps;
        this.runtime = runtime;
    }

    @Override
    public String taskDefinitionKey() {
        return TASK;
    }

    @Override
    public String formId() {
        return "complete-follow-up-action";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Object action = runtime.getVariableLocal(task.executionId(), ProcessVariables.FOLLOW_UP_ACTION);
        if (action == null) {
            throw new IllegalStateException("Task " + task.taskDefinitionKey() + " has no follow-up action");
        }
        followUps.complete(action, values.requiredText("evidence"), task.actor());
        return Map.of();
    }
}
