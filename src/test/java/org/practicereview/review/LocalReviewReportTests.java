package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskContext;

/** The final report of a local child safeguarding practice review says what must improve and why things happened. */
class LocalReviewReportTests {

    static final String FINDINGS = "The agencies did not share what each knew about the family's moves between areas.";

    private final Reviews reviews = mock(Reviews.class);
    private final DraftReport draftReport = new DraftReport(
            new ReviewSteps(reviews, mock(RuntimeService.class), Clock.fixed(FormRules.NOW, ZoneOffset.UTC)));

    private Review underReview(ReviewType type) {
        Review review = ReviewTests.review(type);
        when(reviews.findByCaseReference(review.caseReference().value())).thenReturn(Optional.of(review));
        return review;
    }

    private void draft(Review review, Map<String, ?> values) {
        TaskContext task = new TaskContext("t1", "Task_DraftReport", "Draft report", "p1", "e1", review.caseReference(),
                Actor.of("lead.reviewer", Role.REVIEWER), new Date(), null);
        draftReport.handle(task, FormRules.valid("draft-report", values));
    }

    @Test
    void refusesALocalReviewDraftWithoutRecommendedImprovementsOrTheSystemicAnalysisAndStoresNothing() {
        Review review = underReview(ReviewType.LCSPR);

        assertThatThrownBy(() -> draft(review, Map.of("summaryOfFindings", FINDINGS)))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message).containsExactly(
                                tuple("recommendedImprovements",
                                        "Enter a summary of the improvements the review recommends: the report of a local "
                                                + "child safeguarding practice review must give one"),
                                tuple("systemicReasons",
                                        "Enter the analysis of systemic or underlying reasons: the report of a local "
                                                + "child safeguarding practice review must give one")));
        assertThatThrownBy(() -> draft(review, Map.of("summaryOfFindings", FINDINGS, "recommendedImprovements", "Share moves")))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("systemicReasons"));
        assertThat(review.drafts()).isEmpty();
    }

    @Test
    void acceptsALocalReviewDraftWithBoth() {
        Review review = underReview(ReviewType.LCSPR);

        draft(review, Map.of("summaryOfFindings", FINDINGS, "recommendedImprovements", "Share moves between areas",
                "systemicReasons", "No shared record of a family's moves"));

        assertThat(review.drafts()).hasSize(1);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_QUALITY_ASSURANCE);
    }

    @Test
    void anScrOrALesserReviewDraftNeedsNeither() {
        for (ReviewType type : new ReviewType[] {ReviewType.SCR, ReviewType.REFLECTIVE}) {
            Review review = underReview(type);

            draft(review, Map.of("summaryOfFindings", FINDINGS));

            assertThat(review.drafts()).as(type.name()).hasSize(1);
        }
    }

    @Test
    void theLocalReviewIsAStatutoryReviewOnTheFullPathNotALesserReviewTheChairCouldChooseInstead() {
        assertThat(ReviewType.LCSPR.isLesser()).isFalse();
        assertThat(ReviewType.LCSPR.fullPath()).as("a statutory review: agency reports, the family and sign-off").isTrue();
        assertThat(ReviewType.valueOf("LCSPR").title()).isEqualTo("Local Child Safeguarding Practice Review");
    }
}
