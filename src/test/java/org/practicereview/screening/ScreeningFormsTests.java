package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;

/** The screening forms' own rules, as the server enforces them, with the words users read. */
class ScreeningFormsTests {

    static final Forms FORMS = new Forms(new ObjectMapper());
    static final FormValidator VALIDATOR = new FormValidator(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    static List<FieldError> errors(String formId, Map<String, ?> values) {
        return catchThrowableOfType(InvalidSubmissionException.class,
                () -> VALIDATOR.validate(FORMS.get(formId), values)).errors();
    }

    static Map<String, Object> facts(String answer) {
        Map<String, Object> values = new HashMap<>();
        CriteriaFacts.NAMES.forEach(name -> values.put(name, answer));
        values.put("learningNotes", "Information sharing between health and school");
        return values;
    }

    @Test
    void requestNeedsAtLeastOneAgency() {
        assertThat(errors("request-agency-information", Map.of("note", "Please include school nurse contacts")))
                .containsExactly(new FieldError("agencies", "Select at least one agency to ask for information"));
    }

    @Test
    void requestNoteIsLimitedTo2000Characters() {
        assertThat(errors("request-agency-information", Map.of("agencies", List.of("POLICE"), "note", "x".repeat(2001))))
                .containsExactly(new FieldError("note", "Note to the agencies must be 2000 characters or fewer"));
    }

    @Test
    void agencySummaryNeedsEveryAnswer() {
        assertThat(errors("provide-agency-summary", Map.of())).containsExactly(
                new FieldError("involvementSummary", "Enter a summary of your agency's involvement"),
                new FieldError("chronology", "Enter your agency's chronology"),
                new FieldError("filesSecured", "Select whether your agency has secured its files"),
                new FieldError("workingTogetherConcerns", "Select whether your agency has concerns about how agencies worked together"));
    }

    @Test
    void agencySummaryAnswersYesOrNo() {
        assertThat(errors("provide-agency-summary", Map.of("involvementSummary", "Two home visits", "chronology", "2026-01-04 visit",
                "filesSecured", "maybe", "workingTogetherConcerns", "no")))
                .containsExactly(new FieldError("filesSecured", "Select a valid option for has your agency secured its files?"));
    }

    @Test
    void screeningNeedsEveryStatutoryFact() {
        assertThat(errors("screen-against-criteria", Map.of())).containsExactly(
                new FieldError("abuseOrNeglectKnownOrSuspected", "Select whether abuse or neglect is known or suspected"),
                new FieldError("childDied", "Select whether the child has died"),
                new FieldError("childSeriouslyHarmed", "Select whether the child has been seriously harmed"),
                new FieldError("definitiveEvidenceNoConcern",
                        "Select whether there is definitive evidence of no concern about how agencies worked together"),
                new FieldError("diedInCustodyOrDetention", "Select whether the child died in custody or detention"),
                new FieldError("diedDeprivedOfLibertyMca",
                        "Select whether the child died while deprived of liberty under the Mental Capacity Act 2005"),
                new FieldError("learningNotes", "Enter what can be learnt about how agencies worked together"));
    }

    @Test
    void screeningAcceptsYesAndNoAnswers() {
        assertThat(VALIDATOR.validate(FORMS.get("screen-against-criteria"), facts("no")).requiredText("childDied")).isEqualTo("no");
    }

    @Test
    void screeningRefusesAnAnswerOtherThanYesOrNo() {
        Map<String, Object> values = facts("yes");
        values.put("childDied", "true");
        assertThat(errors("screen-against-criteria", values))
                .containsExactly(new FieldError("childDied", "Select a valid option for has the child died?"));
    }

    @Test
    void recommendationNeedsItsRationaleLearningAndImpact() {
        assertThat(errors("recommend-to-chair", Map.of())).containsExactly(
                new FieldError("recommendation", "Select a recommendation"),
                new FieldError("rationale", "Enter the rationale for the recommendation"),
                new FieldError("likelyLearning", "Enter the likely learning"),
                new FieldError("impact", "Enter the impact on the family and practitioners"));
    }

    @Test
    void recommendationOffersOnlyTheChairsOptionsAndTheLesserReviewTypes() {
        assertThat(errors("recommend-to-chair", Map.of("recommendation", "CLOSE", "recommendedReviewType", "SCR",
                "rationale", "r", "likelyLearning", "l", "impact", "i"))).containsExactly(
                new FieldError("recommendation", "Select a valid option for recommendation to the chair"),
                new FieldError("recommendedReviewType", "Select a valid option for recommended review type"));
    }
}
