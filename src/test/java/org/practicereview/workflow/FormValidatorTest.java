package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private final FormDefinition form = TestForms.read("every-type");
    private final FormValidator validator =
            new FormValidator(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

    private Map<String, Object> valid() {
        Map<String, Object> v = new HashMap<>();
        v.put("name", "Ann");
        v.put("confirmed", "true");
        v.put("outcome", "ACCEPTED");
        v.put("inGroup", "X1");
        return v;
    }

    private Map<String, String> errors(Map<String, Object> values) {
        InvalidSubmissionException e = catchThrowableOfType(InvalidSubmissionException.class, () -> validator.validate(form, values));
        assertThat(e).as("expected the submission to be refused").isNotNull();
        Map<String, String> byField = new HashMap<>();
        e.errors().forEach(fe -> byField.put(fe.field(), fe.message()));
        return byField;
    }

    @Test
    void readsEveryInputIncludingGroupedOnesAndSkipsDisplayText() {
        assertThat(form.fields()).extracting(FormField::key).containsExactly(
                "name", "postcode", "notes", "age", "confirmed", "outcome", "sector", "processes", "incidentDate", "inGroup");
        assertThat(form.field("incidentDate").orElseThrow().label()).isEqualTo("Date of the incident");
    }

    @Test
    void acceptsAValidSubmissionAndTypesEachValue() {
        Map<String, Object> v = valid();
        v.put("age", "12");
        v.put("processes", new String[] {"INQUEST", "TRIAL"});
        v.put("incidentDate", "2026-01-31");
        v.put("postcode", "NS1 4AB");
        ValidatedValues values = validator.validate(form, v);
        assertThat(values.requiredText("name")).isEqualTo("Ann");
        assertThat(values.number("age")).contains(new BigDecimal("12"));
        assertThat(values.flag("confirmed")).isTrue();
        assertThat(values.list("processes")).containsExactly("INQUEST", "TRIAL");
        assertThat(values.date("incidentDate")).contains(LocalDate.of(2026, 1, 31));
        assertThat(values.toStorable()).containsEntry("incidentDate", "2026-01-31");
    }

    @Test
    void givesOneMessagePerMissingRequiredFieldInTheWordsOfTheForm() {
        assertThat(errors(Map.of())).containsOnly(
                Map.entry("name", "Enter full name"),
                Map.entry("confirmed", "Confirm you have read the guidance"),
                Map.entry("outcome", "Select outcome"),
                Map.entry("inGroup", "Enter the SCR reference"));
    }

    @Test
    void treatsBlankTextAsNotAnswered() {
        Map<String, Object> v = valid();
        v.put("name", "   ");
        assertThat(errors(v)).containsOnly(Map.entry("name", "Enter full name"));
    }

    @Test
    void refusesTextOutsideItsLengthLimitsCountingCharactersNotBytes() {
        Map<String, Object> v = valid();
        v.put("name", "Ŵŷłó Ówen!");
        assertThat(validator.validate(form, v).requiredText("name")).hasSize(10);
        v.put("name", "Ŵŷłó Ówen!!");
        assertThat(errors(v)).containsOnly(Map.entry("name", "Full name must be 10 characters or fewer"));
        v.put("name", "A");
        assertThat(errors(v)).containsOnly(Map.entry("name", "Full name must be 2 characters or more"));
    }

    @Test
    void refusesAValueThatBreaksThePatternWithTheFormsOwnMessage() {
        Map<String, Object> v = valid();
        v.put("postcode", "not a postcode");
        assertThat(errors(v)).containsOnly(Map.entry("postcode", "Enter a real postcode"));
    }

    @Test
    void refusesNumbersOutsideRangeAndNonNumbers() {
        Map<String, Object> v = valid();
        v.put("age", "18");
        assertThat(errors(v)).containsOnly(Map.entry("age", "Age must be 17 or less"));
        v.put("age", "-1");
        assertThat(errors(v)).containsOnly(Map.entry("age", "Age must be 0 or more"));
        v.put("age", "twelve");
        assertThat(errors(v)).containsOnly(Map.entry("age", "Age must be a number"));
    }

    @Test
    void refusesAValueOutsideTheOptions() {
        Map<String, Object> v = valid();
        v.put("outcome", "MAYBE");
        v.put("processes", List.of("INQUEST", "FUNERAL"));
        assertThat(errors(v)).containsOnly(
                Map.entry("outcome", "Select a valid option for outcome"),
                Map.entry("processes", "Select valid options for parallel processes"));
    }

    @Test
    void refusesDatesThatAreNotRealOrInTheFuture() {
        Map<String, Object> v = valid();
        v.put("incidentDate", "2026-02-30");
        assertThat(errors(v)).containsOnly(Map.entry("incidentDate", "Date of the incident must be a real date"));
        v.put("incidentDate", "2026-11-26");
        assertThat(errors(v)).containsOnly(Map.entry("incidentDate", "Date of the incident must be today or in the past"));
    }

    @Test
    void refusesValuesOfTheWrongType() {
        Map<String, Object> v = valid();
        v.put("name", List.of("a", "b"));
        v.put("confirmed", "perhaps");
        assertThat(errors(v)).containsOnly(
                Map.entry("name", "Full name must be text"),
                Map.entry("confirmed", "You have read the guidance must be yes or no"));
    }

    @Test
    void dropsKeysTheFormDoesNotHave() {
        Map<String, Object> v = valid();
        v.put("childName", "should never be kept");
        ValidatedValues values = validator.validate(form, v);
        assertThat(values.toStorable()).doesNotContainKey("childName");
        assertThatThrownBy(() -> values.text("childName")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no field childName");
    }

    @Test
    void messagesNeverEchoWhatWasTyped() {
        Map<String, Object> v = valid();
        v.put("postcode", "<script>secret</script>");
        InvalidSubmissionException e = catchThrowableOfType(InvalidSubmissionException.class, () -> validator.validate(form, v));
        assertThat(e.getMessage()).doesNotContain("secret");
        assertThat(e.errors()).allSatisfy(fe -> assertThat(fe.message()).doesNotContain("secret"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Ann\u0000", "Ann \u202Egnp.exe", "\u2066Ann\u2069",
            "Ann\u0007", "Ann \uD83D"})
    void refusesNulControlAndBidirectionalOverrideCharactersWithAMessage(String name) {
        Map<String, Object> v = valid();
        v.put("name", name);

        assertThat(errors(v).get("name")).contains("must not contain hidden control characters");
    }

    @Test
    void keepsLineBreaksTabsEmojiAndRightToLeftScripts() {
        Map<String, Object> v = valid();
        v.put("notes", "a\n\tb");
        v.put("name", "😀 שלום");

        ValidatedValues values = validator.validate(form, v);

        assertThat(values.text("notes")).contains("a\n\tb");
        assertThat(values.text("name")).contains("😀 שלום");
    }
}
