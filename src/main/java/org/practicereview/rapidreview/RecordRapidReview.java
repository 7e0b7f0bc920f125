package org.practicereview.rapidreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_RecordRapidReview: the business unit records the rapid review and the outcome the partners propose. */
@Component
class RecordRapidReview implements UserTaskHandler {

    static final String FORM = "record-rapid-review";

    private final RapidReviewSteps steps;
    private final RuntimeService runtime;
    private final Clock clock;

    RecordRapidReview(RapidReviewSteps steps, RuntimeService runtime, Clock clock) {
        this.steps = steps;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecordRapidReview";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        LocalDate meeting = values.date("meetingDate").orElseThrow();
        RapidReviewOutcome outcome = RapidReviewOutcome.valueOf(values.requiredText("outcome"));
        String alsoLocal = values.textOrNull("partnersRecommendLocal");
        List<FieldError> errors = new ArrayList<>();
        if (meeting.isAfter(LocalDate.now(clock.withZone(GovDates.UK)))) {
            errors.add(new FieldError("meetingDate", "The date of the rapid review meeting must be today or in the past"));
        }
        if (outcome == RapidReviewOutcome.NATIONAL_REVIEW && alsoLocal == null) {
            errors.add(new FieldError("partnersRecommendLocal",
                    "Select whether the partners also commission a local review while the national panel considers a national one"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        Object due = runtime.getVariable(task.processInstanceId(), ProcessVariables.RAPID_REVIEW_DUE);
        steps.record(task.caseReference(), task.actor(), new RapidReviewRecord(0, task.caseReference().value(), meeting,
                values.requiredText("facts"), values.requiredText("actionForChild"), values.requiredText("actionForOthers"),
                values.requiredText("learning"), values.requiredText("childContext"),
                values.list("localReviewCriteria").stream().map(LocalReviewCriterion::valueOf).toList(), outcome,
                outcome == RapidReviewOutcome.NATIONAL_REVIEW && "yes".equals(alsoLocal), values.requiredText("rationale"),
                due instanceof Date date ? date.toInstant() : null, task.actor().userId(), clock.instant(), null, null));
        return Map.of();
    }
}
