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

    private final ReviewClock reviewClock;

    TaskDueDates(ReviewClock reviewClock) {
        this.reviewClock = reviewClock;
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

    /** The review's target, kept on the review's process instance by its target timer ({@link ReviewClock}). */
    private Date reviewTarget(DelegateTask task) {
        return reviewClock.target(task.getExecution());
    }
}
