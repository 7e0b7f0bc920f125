package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;

class RecommendationTests {

    static final CaseReference CASE = new CaseReference("PR-2026-0001");
    static final Actor PRG = Actor.of("prg1", Role.PRG_MEMBER);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static Recommendation.Advice advice(String recommendation, ReviewType type) {
        return new Recommendation.Advice(recommendation, type, "Rationale", "Learning", null, "Impact");
    }

    @Test
    void recommendsAnotherReviewWithItsType() {
        Recommendation r = Recommendation.advise(CASE, advice("OTHER_REVIEW", ReviewType.LEARNING), PRG, NOW);
        assertThat(r.recommendation()).isEqualTo("OTHER_REVIEW");
        assertThat(r.recommendedReviewType()).isEqualTo(ReviewType.LEARNING);
        assertThat(r.recommendedBy()).isEqualTo("prg1");
    }

    @Test
    void refusesAnotherReviewWithoutItsType() {
        assertThatThrownBy(() -> Recommendation.advise(CASE, advice("OTHER_REVIEW", null), PRG, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAReviewTypeWithAnScrRecommendation() {
        assertThatThrownBy(() -> Recommendation.advise(CASE, advice("INITIATE_SCR", ReviewType.LEARNING), PRG, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnScrAsTheOtherReviewRecommended() {
        assertThatThrownBy(() -> Recommendation.advise(CASE, advice("OTHER_REVIEW", ReviewType.SCR), PRG, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnknownRecommendation() {
        assertThatThrownBy(() -> Recommendation.advise(CASE, advice("MAYBE", null), PRG, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
