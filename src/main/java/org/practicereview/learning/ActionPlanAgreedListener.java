package org.practicereview.learning;

import java.util.List;
import org.practicereview.review.ActionPlanAgreed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The review's "Agree action plan" step opens the living plan in the same transaction: one
 * recommendation per agreed row, each with its first action, so nobody types the plan twice.
 */
@Component
class ActionPlanAgreedListener {

    private final ActionPlans plans;

    ActionPlanAgreedListener(ActionPlans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(ActionPlanAgreed agreed) {
        List<ActionPlans.Seed> seeds = agreed.items().stream()
                .map(i -> new ActionPlans.Seed(i.recommendation(), i.ownerAgency(), i.dueDate(), i.started(), i.done()))
                .toList();
        plans.open(agreed.caseReference(), seeds, agreed.actor());
    }
}
