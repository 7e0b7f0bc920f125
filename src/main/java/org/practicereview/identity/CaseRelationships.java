package org.practicereview.identity;

import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;

/**
 * How a module ties a user to a case (the referrer, the appointed lead reviewer). Implemented by the
 * module that owns the tie; {@link CaseAccess} asks every implementation and decides from the roles.
 */
public interface CaseRelationships {

    /** The tie this implementation knows about. */
    CaseRelationship kind();

    /** True when the user holds this tie to the case. */
    boolean holds(Actor actor, CaseReference caseReference);

    /** Every case the user holds this tie to (few: a referrer's referrals, a reviewer's reviews). */
    Set<CaseReference> casesOf(Actor actor);
}
