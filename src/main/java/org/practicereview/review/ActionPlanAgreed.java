package org.practicereview.review;

import java.time.LocalDate;
import java.util.List;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/** The review's action plan was agreed: the rows as agreed, for the living plan that follows them. */
public record ActionPlanAgreed(CaseReference caseReference, Actor actor, List<Item> items) {

    public ActionPlanAgreed {
        items = List.copyOf(items);
    }

    /** One agreed row: what, which agency (its code), by when, and whether work had begun or was done. */
    public record Item(String recommendation, String ownerAgency, LocalDate dueDate, boolean started, boolean done) {}
}
