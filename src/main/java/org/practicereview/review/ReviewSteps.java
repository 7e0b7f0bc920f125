package org.practicereview.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.ReviewClock;
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

    /** The six-month target the review's clock keeps on its process ({@link ReviewClock}). */
    Optional<Instant> target(TaskContext task) {
        return Optional.ofNullable(runtime.getVariable(task.processInstanceId(), ProcessVariables.REVIEW_TARGET_DUE))
                .filter(Date.class::isInstance).map(d -> ((Date) d).toInstant());
    }

    /** The safeguarding partners' decision to initiate a local review; empty on the SCR route. */
    Optional<LocalDate> decisionToInitiate(TaskContext task) {
        return ReviewClock.decisionToInitiate(name -> runtime.getVariable(task.processInstanceId(), name));
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
