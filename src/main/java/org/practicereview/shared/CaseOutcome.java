package org.practicereview.shared;

import java.time.LocalDate;

/**
 * The chair's decision on a case as the referrer may read it, in plain words: what was decided, the
 * kind of review (none when no review follows) and the day. Never the chair's rationale.
 */
public record CaseOutcome(String decision, String reviewType, LocalDate decidedOn) {}
