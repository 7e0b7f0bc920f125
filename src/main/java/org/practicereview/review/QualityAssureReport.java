package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_QualityAssureReport: the PRG accepts the current draft or returns it with comments (the loop). */
@Component
class QualityAssureReport implements UserTaskHandler {

    private final ReviewSteps steps;

    QualityAssureReport(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_QualityAssureReport";
    }

    @Override
    public String formId() {
        return "quality-assure-report";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        QaOutcome outcome = QaOutcome.valueOf(values.requiredText("qaOutcome"));
        String comments = values.textOrNull("qaComments");
        Review review = steps.reviewOf(task.caseReference());
        if (outcome == QaOutcome.RETURNED) {
            if (comments == null) {
                throw InvalidSubmissionException.of("qaComments", "Enter comments saying what the lead reviewer must change");
            }
            review.returnForRevision(comments, task.actor().userId(), steps.now());
        } else {
            review.accept(comments, task.actor().userId(), steps.now());
        }
        steps.save(review);
        return Map.of(ProcessVariables.QA_OUTCOME, outcome.name());
    }
}
