package org.practicereview.review;

import java.util.Map;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** Task_BoardSignOff: the chair records the board's sign-off and its written response. */
@Component
class SignOffReport implements UserTaskHandler {

    private final ReviewSteps steps;

    SignOffReport(ReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_BoardSignOff";
    }

    @Override
    public String formId() {
        return "board-sign-off";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Review review = steps.reviewOf(task.caseReference());
        review.signOff(new BoardSignOff(values.date("meetingDate").orElseThrow(), values.requiredText("boardResponse"),
                task.actor().userId(), steps.now()));
        steps.save(review);
        return Map.of();
    }
}
