package org.practicereview.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.practicereview.shared.CaseReference;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The delegates behind a step's two timers: each reads which task it chases from the diagram (the task
 * its timer is attached to), so one pair of beans serves every step with a board target.
 */
final class StepReminderDelegates {

    private StepReminderDelegates() {}

    /** The user task whose timer led to this service task. */
    static String chasedTask(DelegateExecution execution) {
        FlowNode service = (FlowNode) execution.getBpmnModelElementInstance();
        return service.getIncoming().stream().map(flow -> flow.getSource())
                .filter(BoundaryEvent.class::isInstance).map(b -> ((BoundaryEvent) b).getAttachedTo().getId())
                .findFirst().orElseThrow(() -> new IllegalStateException(service.getId() + " follows no timer on a task"));
    }

    static CaseReference caseOf(DelegateExecution execution) {
        return new CaseReference((String) execution.getVariable(ProcessVariables.CASE_REFERENCE));
    }

    /** The working day before a step's target: remind its people. */
    @Component("sendStepReminder")
    static class SendStepReminder implements JavaDelegate {

        private final StepChases chases;

        SendStepReminder(StepChases chases) {
            this.chases = chases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            chases.remind(caseOf(execution), execution.getProcessInstanceId(), chasedTask(execution));
        }
    }

    /** A step's target passed with its task open: tell the business unit. */
    @Component("escalateOverdueStep")
    static class EscalateOverdueStep implements JavaDelegate {

        private final StepChases chases;

        EscalateOverdueStep(StepChases chases) {
            this.chases = chases;
        }

        @Override
        public void execute(DelegateExecution execution) {
            chases.escalate(caseOf(execution), execution.getProcessInstanceId(), chasedTask(execution));
        }
    }
}
