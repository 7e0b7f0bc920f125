package org.practicereview.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskContext;
import org.springframework.stereotype.Component;

/** What every review task handler needs: the case's review, the time, and the task's routing variables. */
@Component
class ReviewSteps {

    private final Reviews reviews;
    private final RuntimeService runtime;
    private final Clock clock;

    ReviewSteps(Reviews reviews, RuntimeService runtime, Clock clock) {
        this.reviews = reviews;
        this.runtime = runtime;
        this.clock = clock;
    }

    Review reviewOf(CaseReference caseReference) {
        return reviews.findByCaseReference(caseReference.value())
                .orElseThrow(() -> new IllegalStateException("No review begun for " + caseReference));
    }

    boolean hasReview(CaseReference caseReference) {
        return reviews.findByCaseReference(caseReference.value()).isPresent();
    }

    Review save(Review review) {
        return reviews.save(review);
    }

    ReviewType reviewType(TaskContext task) {
        return ReviewType.fromCode(runtime.getVariable(task.processInstanceId(), ProcessVariables.REVIEW_TYPE));
    }

    /** The agency of one multi-instance task: a local variable of the task's own execution. */
    String agency(TaskContext task) {
        Object agency = runtime.getVariable(task.executionId(), ProcessVariables.AGENCY);
        if (agency == null) {
            throw new IllegalStateException("Task " + task.taskDefinitionKey() + " has no agency");
        }
        return agency.toString();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }
}
