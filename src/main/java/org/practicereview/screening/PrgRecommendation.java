package org.practicereview.screening;

import java.time.Instant;
import org.practicereview.shared.ReviewType;

/** The PRG's latest recommendation to the chair on a case, as the decision record shows it. */
public record PrgRecommendation(String recommendation, ReviewType recommendedReviewType, String rationale,
                                Instant recommendedAt) {}
