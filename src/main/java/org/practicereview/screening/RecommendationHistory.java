package org.practicereview.screening;

import java.time.Instant;
import java.util.List;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PRG's recommendations to the chair on a case, oldest first, for the case page and the auditor. */
@Service
public class RecommendationHistory {

    /** A recommendation as others see it; {@code reviewType} only for another review. */
    public record RecordedRecommendation(String recommendation, String reviewType, String rationale,
                                         String recommendedBy, Instant recommendedAt) {}

    private final Recommendations recommendations;

    RecommendationHistory(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Transactional(readOnly = true)
    public List<RecordedRecommendation> forCase(CaseReference caseReference) {
        return recommendations.findByCaseReferenceOrderById(caseReference.value()).stream()
                .map(r -> new RecordedRecommendation(r.recommendation(), r.recommendedReviewType(), r.rationale(),
                        r.recommendedBy(), r.recommendedAt()))
                .toList();
    }
}
