package org.practicereview.screening;

import java.time.Clock;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskContext;
import org.practicereview.workflow.UserTaskHandler;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/** The PRG advises the chair: what to decide, and why. */
@Component
class RecommendToChair implements UserTaskHandler {

    static final String FORM = "recommend-to-chair";

    private final Recommendations recommendations;
    private final Clock clock;
    private final Trail trail;

    RecommendToChair(Recommendations recommendations, Clock clock, Trail trail) {
        this.trail = trail;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    @Override
    public String taskDefinitionKey() {
        return "Task_RecommendToChair";
    }

    @Override
    public String formId() {
        return FORM;
    }

    @Override
    public Map<String, Object> handle(TaskContext task, ValidatedValues values) {
        Recommendation.Advice advice = adviceOf(values);
        recommendations.save(Recommendation.advise(task.caseReference(), advice, task.actor(), clock.instant()));
        trail.append(task.caseReference(), task.actor(), TrailAction.RECOMMENDATION_MADE, advice.recommendation());
        return Map.of();
    }

    private static Recommendation.Advice adviceOf(ValidatedValues values) {
        String recommendation = values.requiredText("recommendation");
        boolean otherReview = Recommendation.OTHER_REVIEW.equals(recommendation);
        // The form offers the lesser review types only, so a value that passed validation is one of them.
        ReviewType reviewType = otherReview ? values.text("recommendedReviewType").map(ReviewType::valueOf).orElse(null) : null;
        if (otherReview && reviewType == null) {
            throw InvalidSubmissionException.of("recommendedReviewType", "Select the recommended review type");
        }
        return new Recommendation.Advice(recommendation, reviewType, values.requiredText("rationale"),
                values.requiredText("likelyLearning"), values.textOrNull("parallelProcesses"), values.requiredText("impact"));
    }

    @Override
    public String trailSummary(ValidatedValues values, Map<String, Object> variables) {
        String type = values.textOrNull("recommendedReviewType");
        return "recommendation " + values.requiredText("recommendation")
                + ("OTHER_REVIEW".equals(values.requiredText("recommendation")) && type != null ? " " + type : "");
    }
}
