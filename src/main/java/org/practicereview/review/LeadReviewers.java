package org.practicereview.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.referral.CaseRecords;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.ProcessVariables;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may lead a review: an enabled account with the REVIEWER role that belongs to none of the
 * agencies involved in the case (the referrer's, those named in the referral, those asked for
 * information). The chair appoints one, and may replace them later with a reason: the review's open
 * tasks move to the new lead reviewer.
 */
@Service
public class LeadReviewers {

    static final String FIELD = "leadReviewer";
    static final String REVIEW_PROCESS = "scr-review";

    private final Users users;
    private final Agencies agencies;
    private final CaseRecords records;
    private final ReviewSteps steps;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final UserTasks userTasks;
    private final Trail trail;

    LeadReviewers(Users users, Agencies agencies, CaseRecords records, ReviewSteps steps, RuntimeService runtime,
                  TaskService tasks, UserTasks userTasks, Trail trail) {
        this.users = users;
        this.agencies = agencies;
        this.records = records;
        this.steps = steps;
        this.runtime = runtime;
        this.tasks = tasks;
        this.userTasks = userTasks;
        this.trail = trail;
    }

    /** The reviewers the chair may choose from for this case, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> eligible(CaseReference caseReference) {
        Set<String> involved = involvedAgencies(caseReference);
        return users.withRole(Role.REVIEWER).stream()
                .filter(u -> u.agencyCode() == null || !involved.contains(u.agencyCode())).toList();
    }

    /** True while the review runs with a lead reviewer, whom the chair may replace. */
    @Transactional(readOnly = true)
    public boolean replaceable(CaseReference caseReference) {
        return steps.hasReview(caseReference) && steps.reviewOf(caseReference).leadReviewer().isPresent()
                && reviewProcess(caseReference).isPresent();
    }

    /** The lead reviewer now, by name. */
    @Transactional(readOnly = true)
    public Optional<String> current(CaseReference caseReference) {
        return steps.hasReview(caseReference) ? steps.reviewOf(caseReference).leadReviewer().map(this::nameOf) : Optional.empty();
    }

    /** The account of a reviewer who may lead this case's review, or the reason, on the lead reviewer field. */
    UserAccount requireEligible(CaseReference caseReference, String userId) {
        UserAccount reviewer = users.find(userId).filter(UserAccount::enabled).filter(u -> u.roles().contains(Role.REVIEWER))
                .orElseThrow(() -> InvalidSubmissionException.of(FIELD, "Select a lead reviewer from the list"));
        if (reviewer.agencyCode() != null && involvedAgencies(caseReference).contains(reviewer.agencyCode())) {
            throw InvalidSubmissionException.of(FIELD, reviewer.displayName() + " works for "
                    + agencies.nameOf(reviewer.agencyCode()) + ", an agency involved in this case: choose a reviewer "
                    + "independent of every agency involved");
        }
        return reviewer;
    }

    /** The chair replaces the lead reviewer; the review's open tasks of the old one move to the new one. */
    @Transactional
    public void replace(Actor actor, CaseReference caseReference, String newReviewer, String reason) {
        if (!actor.has(Role.CHAIR)) {
            throw new NotPermittedException("Only the chair replaces a lead reviewer");
        }
        String why = AgencyReportRound.requireReason(reason, "Enter why the lead reviewer is replaced");
        Review review = steps.reviewOf(caseReference);
        String previous = review.leadReviewer()
                .orElseThrow(() -> new TaskNotAvailableException("No lead reviewer has been appointed to this review yet."));
        if (previous.equals(newReviewer)) {
            throw InvalidSubmissionException.of(FIELD, "Select a different reviewer from the one leading the review now");
        }
        UserAccount next = requireEligible(caseReference, newReviewer);
        ProcessInstance process = reviewProcess(caseReference)
                .orElseThrow(() -> new TaskNotAvailableException("This review has ended: its lead reviewer can no longer change."));
        review.replaceLeadReviewer(next.username());
        steps.save(review);
        runtime.setVariable(process.getId(), ProcessVariables.LEAD_REVIEWER, next.username());
        List<String> moved = new ArrayList<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(process.getId()).taskAssignee(previous).list()) {
            userTasks.reassign(task.getId(), actor, next.username());
            moved.add(task.getName());
        }
        trail.append(caseReference, actor, TrailAction.LEAD_REVIEWER_REPLACED, "From " + nameOf(previous) + " to "
                + next.displayName() + (moved.isEmpty() ? "" : "; tasks moved: " + String.join(", ", moved)) + ": " + why);
    }

    private String nameOf(String userId) {
        return users.find(userId).map(UserAccount::displayName).orElse(userId);
    }

    private Optional<ProcessInstance> reviewProcess(CaseReference caseReference) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference.value(), REVIEW_PROCESS).singleResult());
    }

    private Set<String> involvedAgencies(CaseReference caseReference) {
        Set<String> involved = new LinkedHashSet<>();
        records.summary(caseReference).ifPresent(s -> {
            involved.add(s.referrerAgencyCode());
            involved.addAll(s.agenciesInvolved());
        });
        reviewProcess(caseReference).map(p -> runtime.getVariable(p.getId(), ProcessVariables.AGENCIES))
                .filter(List.class::isInstance).ifPresent(asked -> ((List<?>) asked).forEach(a -> involved.add(a.toString())));
        return involved;
    }
}
