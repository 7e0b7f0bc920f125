package org.practicereview.screening;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** An agency answers the current round for its own agency (the task's {@code agency} variable). */
@Component
class ProvideAgencySummary implements UserTaskHandler {

    static final String FORM = "provide-agency-summary";
    static final String TASK = "Task_ProvideAgencySummary";

    private final InformationRequests requests;
    private final AgencySummaries summaries;
    private final TaskService tasks;
    private final Clock clock;

    ProvideAgencySummary(InformationRequests requests, AgencySummaries summaries, TaskService tasks, Clock clock) {
        this.requests = requests;
        this.summaries = summaries;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return TASK;
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        AgencySummary.Content content = contentOf(values);
        String agency = (String) tasks.getVariable(task.taskId(), ProcessVariables.AGENCY);
        InformationRequest round = requests.findFirstByCaseReferenceOrderByRoundNumberDesc(task.caseReference().value())
                .orElseThrow(() -> new IllegalStateException("No information round for " + task.caseReference()));
        summaries.save(AgencySummary.answer(round, agency, content, task.actor(), clock.instant()));
        return Map.of();
    }

    private static AgencySummary.Content contentOf(ValidatedValues values) {
        boolean concerns = "yes".equals(values.requiredText("workingTogetherConcerns"));
        String details = concerns ? values.textOrNull("concernsDetails") : null;
        if (concerns && details == null) {
            throw InvalidSubmissionException.of("concernsDetails", "Enter your agency's concerns about how agencies worked together");
        }
        return new AgencySummary.Content(values.requiredText("involvementSummary"), values.requiredText("chronology"),
                "yes".equals(values.requiredText("filesSecured")), concerns, details);
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        return "files secured " + values.requiredText("filesSecured")
                + ", concerns about working together " + values.requiredText("workingTogetherConcerns");
    }
}
