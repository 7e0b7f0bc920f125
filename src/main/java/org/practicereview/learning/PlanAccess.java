package org.practicereview.learning;

import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.workflow.NotPermittedException;

/** Who may do what with a living plan: the PRG sees and decides, the business unit adds, an agency works on its own actions. */
final class PlanAccess {

    private PlanAccess() {}

    /** The PRG, the chair and the auditor see every action of every plan. */
    static boolean seesWholePlan(Actor viewer) {
        return viewer.has(Role.PRG_COORDINATOR) || viewer.has(Role.PRG_MEMBER) || viewer.has(Role.CHAIR)
                || viewer.has(Role.AUDITOR);
    }

    /** An agency user sees and updates only the actions its agency owns. */
    static boolean owns(Actor viewer, PlanAction action) {
        return viewer.has(Role.AGENCY) && action.ownerAgency().equals(viewer.agencyCode());
    }

    static boolean sees(Actor viewer, PlanAction action) {
        return seesWholePlan(viewer) || owns(viewer, action);
    }

    static boolean mayAdd(Actor actor) {
        return actor.has(Role.PRG_COORDINATOR);
    }

    static boolean mayDecide(Actor actor) {
        return actor.has(Role.PRG_COORDINATOR) || actor.has(Role.PRG_MEMBER);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new NotPermittedException("Not this user's part of the action plan");
        }
    }
}
