package org.practicereview.screening;

import java.time.Instant;

/** The PRG's latest recommendation to the chair on a case, as the decision record shows it. */
public record PrgRecommendation(String recommendation, String recommendedReviewType, String rationale,
                                Instant recommendedAt) {}
