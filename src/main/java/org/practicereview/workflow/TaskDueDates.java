package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives each user task the due date of its clock ({@link TaskDeadlines}) when it is created: the
 * six-month target for the steps of a review. A due date the diagram sets is left as it is (the board's
 * step targets, {@link StepTargets}, are set there).
 */
@Component
class TaskDueDates extends AbstractProcessEnginePlugin {

    /** The review's six-month target, as its escalation timer ({@code BoundaryEvent_ReviewTargetMissed}) computes it. */
    static final int REVIEW_TARGET_MONTHS = 6;

    private final WorkingDays workingDays;

    TaskDueDates(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskDueDates.this::onCreate);
            }
        });
    }

    void onCreate(DelegateTask task) {
        if (task.getDueDate() != null) {
            return;
        }
        TaskDeadlines.of(task.getTaskDefinitionKey()).map(TaskDeadlines.Deadline::source).ifPresent(source -> {
            Date due = switch (source) {
                case REVIEW_TARGET -> reviewTarget(task);
                default -> null;
            };
            if (due != null) {
                task.setDueDate(due);
            }
        });
    }

    /**
     * The review's target, kept on the review's process instance by its first task: that task is created
     * in the transaction that starts the review and its timer, so both are counted from the same day.
     */
    private Date reviewTarget(DelegateTask task) {
        var review = task.getExecution().getProcessInstance();
        Date target = (Date) review.getVariableLocal(ProcessVariables.REVIEW_TARGET_DUE);
        if (target == null) {
            target = workingDays.dueInMonths(REVIEW_TARGET_MONTHS);
            review.setVariableLocal(ProcessVariables.REVIEW_TARGET_DUE, target);
        }
        return target;
    }
}
