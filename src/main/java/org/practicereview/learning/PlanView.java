package org.practicereview.learning;

import java.util.List;

/**
 * A living plan as one viewer may see it, in words ready to render: an agency's view holds only the
 * actions its agency owns (and their recommendations).
 */
public record PlanView(String caseReference, String openedOn, String closedOn, List<RecommendationView> recommendations,
                       boolean mayAdd, boolean mayDecide) {

    public boolean closed() {
        return closedOn != null;
    }

    public List<ActionView> actions() {
        return recommendations.stream().flatMap(r -> r.actions().stream()).toList();
    }

    public long overdueCount() {
        return actions().stream().filter(ActionView::overdue).count();
    }

    public long acceptedCount() {
        return actions().stream().filter(ActionView::accepted).count();
    }

    public record RecommendationView(int number, String text, List<ActionView> actions) {}

    /** One action; {@code overdue} is said in words ("Overdue") beside the red tag, never by colour alone. */
    public record ActionView(long id, String caseReference, String label, String description, String agencyName,
                             String targetDate, String status, String statusColour, boolean overdue, boolean accepted,
                             boolean awaitingAcceptance, String moreAskedReason, String remindedOverdueOn,
                             String latestNarrative, List<UpdateView> history, boolean mayUpdate, boolean mayDecide) {}

    /** One entry of an action's history; {@code documentId} links to its evidence file. */
    public record UpdateView(String what, String status, String by, String on, String note, Long documentId, String fileName) {}
}
