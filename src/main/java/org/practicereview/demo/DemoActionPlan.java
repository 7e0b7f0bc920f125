package org.practicereview.demo;

import org.practicereview.identity.Users;
import org.practicereview.learning.ActionPlans;
import org.practicereview.learning.PlanView;
import org.practicereview.learning.PlanViews;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/** The published demo review's living action plan under way: the health trust has reported progress on its action. */
@Component
class DemoActionPlan {

    private final Users users;
    private final ActionPlans plans;
    private final PlanViews views;

    DemoActionPlan(Users users, ActionPlans plans, PlanViews views) {
        this.users = users;
        this.plans = plans;
        this.views = views;
    }

    void inProgress(CaseReference ref) {
        Actor health = users.find(DemoUsers.AGENCY_HEALTH).orElseThrow().actor();
        views.plan(health, ref).stream().flatMap(p -> p.actions().stream()).map(PlanView.ActionView::id).findFirst()
                .ifPresent(id -> plans.reportProgress(health, ref, id, false,
                        "The draft protocol was agreed by the health trust's safeguarding team and sent to the police.", null));
    }
}
