package org.practicereview.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.shared.CaseFileSections;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Component;

/** The living action plan on the case page: each action's owner, target, status and latest progress, as the viewer may see them. */
@Component
class ActionPlanCaseFile implements CaseFileSections {

    private final PlanViews views;

    ActionPlanCaseFile(PlanViews views) {
        this.views = views;
    }

    @Override
    public Set<String> keys() {
        return Set.of("action-plan");
    }

    @Override
    public List<CaseFileSection> sectionsFor(Actor viewer, CaseReference caseReference) {
        List<Part> parts = new ArrayList<>();
        views.plan(viewer, caseReference).ifPresent(plan -> {
            parts.add(new Part("Action plan", plan.closed() ? "Closed on " + plan.closedOn() : "Opened on " + plan.openedOn(),
                    List.of(new Row("Actions accepted as done", plan.acceptedCount() + " of " + plan.actions().size(),
                            "/action-plans/" + plan.caseReference()))));
            for (PlanView.RecommendationView r : plan.recommendations()) {
                for (PlanView.ActionView a : r.actions()) {
                    parts.add(part(r, a));
                }
            }
        });
        return List.of(CaseFileSection.of("action-plan", "Action plan progress", 75, parts, "No action plan yet."));
    }

    private static Part part(PlanView.RecommendationView r, PlanView.ActionView a) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Recommendation " + r.number(), r.text()));
        rows.add(Row.of("What is to be done", a.description()));
        rows.add(Row.of("Agency", a.agencyName()));
        rows.add(Row.of("Target date", a.targetDate()));
        rows.add(Row.of("Status", a.overdue() ? "Overdue (" + a.status() + ")" : a.status()));
        if (!a.latestNarrative().isEmpty()) {
            rows.add(Row.of("Latest progress", a.latestNarrative()));
        }
        if (a.moreAskedReason() != null) {
            rows.add(Row.of("The PRG asked for more", a.moreAskedReason()));
        }
        return new Part("Action " + a.label(), null, rows);
    }
}
