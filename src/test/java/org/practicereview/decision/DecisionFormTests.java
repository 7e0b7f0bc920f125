package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;

/** The decision form's own rules, as the server enforces them, with the words the chair reads. */
class DecisionFormTests {

    static final Forms FORMS = new Forms(new ObjectMapper());
    static final FormValidator VALIDATOR = new FormValidator(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    static List<FieldError> errors(Map<String, ?> values) {
        return catchThrowableOfType(InvalidSubmissionException.class,
                () -> VALIDATOR.validate(FORMS.get("record-scr-decision"), values)).errors();
    }

    @Test
    void aDecisionNeedsAnOptionAndARationale() {
        assertThat(errors(Map.of())).containsExactly(
                new FieldError("decisionOption", "Select your decision"),
                new FieldError("rationale", "Enter the rationale for your decision"));
    }

    @Test
    void offersTheFourOptionsAndTheSixLesserReviewTypes() {
        var form = FORMS.get("record-scr-decision");
        assertThat(form.field("decisionOption").orElseThrow().options()).extracting(o -> o.value())
                .containsExactly("INITIATE_SCR", "OTHER_REVIEW", "NO_REVIEW", "DEFER");
        assertThat(form.field("reviewType").orElseThrow().options()).extracting(o -> o.value())
                .containsExactlyElementsOf(Arrays.stream(ReviewType.values()).filter(ReviewType::isLesser).map(Enum::name).toList());
    }

    @Test
    void refusesAnUnknownOptionAndAnScrAsALesserReview() {
        assertThat(errors(Map.of("decisionOption", "ESCALATE", "reviewType", "SCR", "rationale", "Because"))).containsExactly(
                new FieldError("decisionOption", "Select a valid option for your decision"),
                new FieldError("reviewType", "Select a valid option for type of review to commission"));
    }

    @Test
    void refusesAnUnknownFollowUp() {
        assertThat(errors(Map.of("decisionOption", "NO_REVIEW", "noReviewFollowUp", List.of("CLOSE_FILE"), "rationale", "Because")))
                .containsExactly(new FieldError("noReviewFollowUp", "Select valid options for what follows the decision not to review"));
    }

    @Test
    void limitsTheRationaleAndDepartureReasonTo5000Characters() {
        assertThat(errors(Map.of("decisionOption", "DEFER", "rationale", "x".repeat(5001), "departureReason", "y".repeat(5001))))
                .containsExactly(
                        new FieldError("rationale", "Rationale for the decision must be 5000 characters or fewer"),
                        new FieldError("departureReason", "Reason for departing from the criteria result must be 5000 characters or fewer"));
    }
}
