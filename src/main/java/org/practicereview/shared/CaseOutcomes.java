package org.practicereview.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The outcome of cases as their referrers may read it, from the module that records the decision, so
 * that the referrer's pages show it without depending on that module.
 */
public interface CaseOutcomes {

    /** The latest outcome of each of these cases that has one; read in one query. */
    Map<CaseReference, CaseOutcome> of(Collection<CaseReference> cases);
}
