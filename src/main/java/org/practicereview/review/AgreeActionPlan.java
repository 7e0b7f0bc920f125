package org.practicereview.review;

import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.practicereview.workflow.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_AgreeActionPlan: records the recommendations (see {@link ActionPlanEntries}) and completes the review;
 * {@link ActionPlanAgreed} opens the living plan that follows them, in the same transaction.
 */
@Component
class AgreeActionPlan implements UserTaskHandler {

    private final ReviewSteps steps;
    private final Agencies agencies;
    private final WorkingDays workingDays;
    private final Trail trail;
    private final ApplicationEventPublisher events;

    AgreeActionPlan(ReviewSteps steps, Agencies agencies, WorkingDays workingDays, Trail trail,
                    ApplicationEventPublisher events) {
        this.trail = trail;
        this.events = events;
        this.steps = steps;
        this.agencies = agencies;
        this.workingDays = workingDays;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_AgreeActionPlan";
    }

    @Override
    public String formId() {
        return "agree-action-plan";
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        List<ActionPlanItem.Proposal> items = ActionPlanEntries.read(values, agencies::exists, workingDays.today());
        Review review = steps.reviewOf(task.caseReference());
        review.agreeActionPlan(items, steps.now());
        steps.save(review);
        trail.append(task.caseReference(), task.actor(), TrailAction.ACTION_PLAN_AGREED, items.size() + " action(s)");
        events.publishEvent(new ActionPlanAgreed(task.caseReference(), task.actor(), items.stream()
                .map(i -> new ActionPlanAgreed.Item(i.recommendation(), i.ownerAgency(), i.dueDate(),
                        i.status() != ActionStatus.OPEN, i.status() == ActionStatus.COMPLETED)).toList()));
        return Map.of();
    }

}
