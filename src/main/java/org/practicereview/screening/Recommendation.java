package org.practicereview.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

/** The PRG's advice to the chair, with its rationale, likely learning, parallel processes and impact. */
@Entity
@Table(name = "recommendation")
class Recommendation {

    static final Set<String> OPTIONS = Set.of("INITIATE_SCR", "OTHER_REVIEW", "NO_REVIEW", "DEFER");
    static final String OTHER_REVIEW = "OTHER_REVIEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_reference", nullable = false)
    private String caseReference;
    @Column(nullable = false)
    private String recommendation;
    /** Stored by its name, as the form's option values have always been. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_review_type")
    private ReviewType recommendedReviewType;
    @Column(nullable = false)
    private String rationale;
    @Column(name = "likely_learning", nullable = false)
    private String likelyLearning;
    @Column(name = "parallel_processes")
    private String parallelProcesses;
    @Column(nullable = false)
    private String impact;
    @Column(name = "recommended_by", nullable = false)
    private String recommendedBy;
    @Column(name = "recommended_at", nullable = false)
    private Instant recommendedAt;

    protected Recommendation() {}

    /** What the PRG advises and why. */
    record Advice(String recommendation, ReviewType recommendedReviewType, String rationale, String likelyLearning,
                  String parallelProcesses, String impact) {}

    private Recommendation(CaseReference caseReference, Advice advice, Actor by, Instant at) {
        this.caseReference = caseReference.value();
        this.recommendation = advice.recommendation();
        this.recommendedReviewType = advice.recommendedReviewType();
        this.rationale = advice.rationale();
        this.likelyLearning = advice.likelyLearning();
        this.parallelProcesses = advice.parallelProcesses();
        this.impact = advice.impact();
        this.recommendedBy = by.userId();
        this.recommendedAt = at;
    }

    /** A recommendation names a review type exactly when it recommends another review. */
    static Recommendation advise(CaseReference caseReference, Advice advice, Actor by, Instant at) {
        if (!OPTIONS.contains(advice.recommendation())) {
            throw new IllegalArgumentException("Unknown recommendation");
        }
        if (OTHER_REVIEW.equals(advice.recommendation()) != (advice.recommendedReviewType() != null)) {
            throw new IllegalArgumentException("A review type goes with, and only with, a recommendation of another review");
        }
        if (advice.recommendedReviewType() != null && !advice.recommendedReviewType().isLesser()) {
            throw new IllegalArgumentException("Another review is a lesser review than an SCR");
        }
        return new Recommendation(caseReference, advice, by, at);
    }

    String caseReference() { return caseReference; }
    String recommendation() { return recommendation; }
    ReviewType recommendedReviewType() { return recommendedReviewType; }
    String rationale() { return rationale; }
    String recommendedBy() { return recommendedBy; }
    Instant recommendedAt() { return recommendedAt; }
}
