package org.practicereview.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair replaces the lead reviewer of a running review with another eligible reviewer
 * ({@link LeadReviewerEligibility}), with a reason: the review's open tasks of the old one move to the
 * new one, and the trail says who, from whom, and why.
 */
@Service
public class LeadReviewers {

    private final Users users;
    private final LeadReviewerEligibility eligibility;
    private final ReviewSteps steps;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final UserTasks userTasks;
    private final Trail trail;

    LeadReviewers(Users users, LeadReviewerEligibility eligibility, ReviewSteps steps, RuntimeService runtime,
                  TaskService tasks, UserTasks userTasks, Trail trail) {
        this.users = users;
        this.eligibility = eligibility;
        this.steps = steps;
        this.runtime = runtime;
        this.tasks = tasks;
        this.userTasks = userTasks;
        this.trail = trail;
    }

    /** The reviewers the chair may choose from for this case, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> eligible(CaseReference caseReference) {
        return eligibility.eligible(caseReference);
    }

    /** True while the review runs with a lead reviewer, whom the chair may replace. */
    @Transactional(readOnly = true)
    public boolean replaceable(CaseReference caseReference) {
        return steps.hasReview(caseReference) && steps.reviewOf(caseReference).leadReviewer().isPresent()
                && eligibility.reviewProcess(caseReference).isPresent();
    }

    /** The lead reviewer now, by name. */
    @Transactional(readOnly = true)
    public Optional<String> current(CaseReference caseReference) {
        return steps.hasReview(caseReference) ? steps.reviewOf(caseReference).leadReviewer().map(this::nameOf) : Optional.empty();
    }

    /** The chair replaces the lead reviewer; the review's open tasks of the old one move to the new one. */
    @Transactional
    public void replace(Actor actor, CaseReference caseReference, String newReviewer, String reason) {
        if (!actor.has(Role.CHAIR)) {
            throw new NotPermittedException("Only the chair replaces a lead reviewer");
        }
        Review review = steps.reviewOf(caseReference);
        String previous = review.leadReviewer()
                .orElseThrow(() -> new TaskNotAvailableException("No lead reviewer has been appointed to this review yet."));
        List<FieldError> errors = new ArrayList<>();
        UserAccount next = null;
        if (previous.equals(newReviewer)) {
            errors.add(new FieldError(LeadReviewerEligibility.FIELD, "Select a reviewer other than the one leading the review now"));
        } else {
            next = refusalsInto(errors, () -> eligibility.require(caseReference, newReviewer));
        }
        String why = refusalsInto(errors, () -> AgencyReportRound.requireReason(reason, "Enter why the lead reviewer is replaced"));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        String process = eligibility.reviewProcess(caseReference)
                .orElseThrow(() -> new TaskNotAvailableException("This review has ended: its lead reviewer can no longer change."));
        review.replaceLeadReviewer(next.username());
        steps.save(review);
        runtime.setVariable(process, ProcessVariables.LEAD_REVIEWER, next.username());
        List<String> moved = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(process).taskAssignee(previous).list()) {
            userTasks.reassign(task.getId(), actor, next.username());
            moved.add(task.getName());
        }
        trail.append(caseReference, actor, TrailAction.LEAD_REVIEWER_REPLACED, "From " + nameOf(previous) + " to "
                + next.displayName() + (moved.isEmpty() ? "" : "; tasks moved: " + String.join(", ", moved)) + ": " + why);
    }

    /** The answer, or its refusal added to the others so that the page shows them all at once. */
    private static <T> T refusalsInto(List<FieldError> errors, Supplier<T> answer) {
        try {
            return answer.get();
        } catch (InvalidSubmissionException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private String nameOf(String userId) {
        return users.find(userId).map(UserAccount::displayName).orElse(userId);
    }
}
