package org.practicereview.workflow;

import java.util.Map;

/**
 * The service behind one user task: it writes the task's domain record from the validated values
 * and returns the routing variables the process needs (flags and references only, never personal
 * data). It runs inside the transaction that also stores the submission, appends to the trail and
 * completes the task, so a refusal here writes nothing.
 */
public interface UserTaskHandler {

    /** The BPMN id of the task, e.g. {@code Task_TriageReferral}. */
    String taskDefinitionKey();

    /** The id of the Camunda Form bound to the task with {@code camunda:formRef}. */
    String formId();

    /** Writes the domain record; throws {@link InvalidSubmissionException} for a rule the form cannot express. */
    Map<String, Object> handle(TaskContext task, ValidatedValues values);

    /** A line for the trail: what was decided, without personal data. */
    default String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return variables.isEmpty() ? "" : variables.toString();
    }
}
