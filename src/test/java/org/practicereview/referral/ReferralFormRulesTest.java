package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.practicereview.referral.ReferralExamples.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;

/** The referral, triage and more-information forms' rules, as a user reads them, through the one validator. */
class ReferralFormRulesTest {

    private static final List<String> FORM_IDS = List.of("referral-about-you", "referral-child", "referral-family-member",
            "referral-agency-involved", "referral-circumstances", "referral-parallel-processes", "referral-purpose",
            "triage-referral", "provide-more-information");
    private static final Forms FORMS = new Forms(new ObjectMapper());
    /** "Today" is 15 June 2026. */
    private static final FormValidator VALIDATOR =
            new FormValidator(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));

    private static Map<String, String> errors(String formId, Map<String, ?> values) {
        try {
            VALIDATOR.validate(FORMS.get(formId), values);
            return Map.of();
        } catch (InvalidSubmissionException e) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                byField.put(error.field(), error.message());
            }
            return byField;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral-about-you", "referral-child", "referral-family-member", "referral-agency-involved",
            "referral-circumstances", "referral-parallel-processes", "referral-purpose", "triage-referral",
            "provide-more-information"})
    void formFileDeclaresItsIdAndTheCamundaPlatformItRunsOn(String formId) throws IOException {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms", formId + ".form")));
        assertThat(form.path("id").asText()).isEqualTo(formId);
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(FORMS.exists(formId)).isTrue();
    }

    @Test
    void everyDateIsADatePickerThatRefusesTheFuture() {
        FORM_IDS.stream().map(FORMS::get).flatMap(f -> f.fields().stream()).filter(f -> f.isDate()).forEach(f -> {
            assertThat(f.property("subtype")).as(f.key()).isEqualTo("date");
            assertThat(f.property("notInFuture")).as(f.key()).isEqualTo("true");
        });
    }

    @Test
    void acceptsTheExampleAnswersOfEverySection() {
        assertThat(errors("referral-about-you", ReferralExamples.aboutYou())).isEmpty();
        assertThat(errors("referral-child", ReferralExamples.child())).isEmpty();
        assertThat(errors("referral-family-member", ReferralExamples.familyMember())).isEmpty();
        assertThat(errors("referral-agency-involved", ReferralExamples.agency("NORTHSHIRE_POLICE"))).isEmpty();
        assertThat(errors("referral-circumstances", ReferralExamples.circumstances())).isEmpty();
        assertThat(errors("referral-parallel-processes", ReferralExamples.parallelProcesses())).isEmpty();
        assertThat(errors("referral-purpose", ReferralExamples.purpose())).isEmpty();
    }

    @Test
    void aboutYouNamesEveryMissingAnswerInPlainWords() {
        assertThat(errors("referral-about-you", Map.of())).containsExactly(
                entry("referrerName", "Enter your full name"),
                entry("agencyCode", "Select your agency"),
                entry("role", "Enter your job title or role"),
                entry("phone", "Enter your phone number"),
                entry("email", "Enter your work email address"),
                entry("dslConsulted", "Select yes if you have discussed this referral with your designated safeguarding lead"));
    }

    @Test
    void rejectsAPhoneNumberThatIsNotAUkNumber() {
        assertThat(errors("referral-about-you", with(ReferralExamples.aboutYou(), "phone", "call me maybe")))
                .containsExactly(entry("phone", "Enter a UK phone number, like 01632 960 001 or 07700 900 982"));
        assertThat(errors("referral-about-you", with(ReferralExamples.aboutYou(), "phone", "+44 7700 900982"))).isEmpty();
    }

    @Test
    void rejectsAnEmailAddressWithoutADomain() {
        assertThat(errors("referral-about-you", with(ReferralExamples.aboutYou(), "email", "sam.referrer@health")))
                .containsExactly(entry("email", "Enter an email address in the correct format, like name@example.org"));
    }

    @Test
    void rejectsANameLongerThanOneHundredCharacters() {
        assertThat(errors("referral-about-you", with(ReferralExamples.aboutYou(), "referrerName", "a".repeat(101))))
                .containsExactly(entry("referrerName", "Your full name must be 100 characters or fewer"));
    }

    @Test
    void childNamesEveryMissingAnswerButLeavesDeathAndEthnicityOptional() {
        assertThat(errors("referral-child", Map.of())).containsExactly(
                entry("childName", "Enter the child's full name"),
                entry("dateOfBirth", "Enter the child's date of birth"),
                entry("dateOfIncident", "Enter the date of the incident"),
                entry("address", "Enter the child's address"),
                entry("postcode", "Enter the child's postcode"),
                entry("childProtectionPlan", "Select whether the child has been subject to a child protection plan"),
                entry("openToSocialCare", "Select whether the child was open to children's social care"),
                entry("whereabouts", "Enter where the child was at the time of the incident"),
                entry("carer", "Enter who was caring for the child at the time"));
    }

    @Test
    void rejectsADateOfIncidentInTheFutureAndADateThatDoesNotExist() {
        Map<String, Object> child = with(with(ReferralExamples.child(), "dateOfIncident", "2026-06-16"), "dateOfBirth", "2019-02-30");
        assertThat(errors("referral-child", child)).containsExactly(
                entry("dateOfBirth", "Date of birth must be a real date"),
                entry("dateOfIncident", "Date of the incident must be today or in the past"));
    }

    @Test
    void acceptsADateOfDeathOfTodayButNotTomorrow() {
        assertThat(errors("referral-child", with(ReferralExamples.child(), "dateOfDeath", "2026-06-15"))).isEmpty();
        assertThat(errors("referral-child", with(ReferralExamples.child(), "dateOfDeath", "2026-06-16")))
                .containsExactly(entry("dateOfDeath", "Date of death must be today or in the past"));
    }

    @Test
    void rejectsSomethingThatIsNotAPostcode() {
        assertThat(errors("referral-child", with(ReferralExamples.child(), "postcode", "12345")))
                .containsExactly(entry("postcode", "Enter a real postcode, like LS1 4AP"));
        assertThat(errors("referral-child", with(ReferralExamples.child(), "postcode", "SW1A 2AA"))).isEmpty();
    }

    @Test
    void rejectsAnAnswerThatIsNotOneOfTheOptions() {
        assertThat(errors("referral-child", with(ReferralExamples.child(), "childProtectionPlan", "SOMETIMES")))
                .containsOnlyKeys("childProtectionPlan")
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(m -> m.startsWith("Select a valid option"), "option message"));
    }

    @Test
    void familyMemberNeedsANameAndARelationshipOnly() {
        assertThat(errors("referral-family-member", Map.of())).containsExactly(
                entry("fullName", "Enter the person's full name"),
                entry("relationship", "Enter the person's relationship to the child"));
        assertThat(errors("referral-family-member", Map.of("fullName", "A Person", "relationship", "Uncle"))).isEmpty();
    }

    @Test
    void agencyInvolvedNeedsTheAgencyTheContactsRoleAndWhetherItIsStillInvolved() {
        assertThat(errors("referral-agency-involved", Map.of())).containsExactly(
                entry("agencyCode", "Select the agency"),
                entry("contactRole", "Enter the job title or role of your contact at the agency"),
                entry("stillInvolved", "Select yes if the agency is still involved"));
    }

    @Test
    void circumstancesNeedAnAccountOfAtLeastFiftyCharacters() {
        assertThat(errors("referral-circumstances", Map.of())).containsExactly(
                entry("criteriaBelieved", "Select which of these apply, or select 'None of these'"),
                entry("narrative", "Enter what happened"));
        assertThat(errors("referral-circumstances", with(ReferralExamples.circumstances(), "narrative", "Too short")))
                .containsExactly(entry("narrative", "What happened must be 50 characters or more"));
    }

    @Test
    void circumstancesRefuseACriterionThatIsNotOnTheList() {
        assertThat(errors("referral-circumstances", with(ReferralExamples.circumstances(), "criteriaBelieved", List.of("MADE_UP"))))
                .containsOnlyKeys("criteriaBelieved");
    }

    @Test
    void parallelProcessesAskAboutEachProcess() {
        assertThat(errors("referral-parallel-processes", Map.of())).containsExactly(
                entry("policeInvestigation", "Select whether there is a police investigation"),
                entry("criminalProceedings", "Select whether there are criminal proceedings"),
                entry("inquest", "Select whether there is an inquest"),
                entry("childDeathReview", "Select whether there is a child death review"),
                entry("domesticHomicideReview", "Select whether there is a domestic homicide review"));
    }

    @Test
    void purposeMustBeChosen() {
        assertThat(errors("referral-purpose", Map.of()))
                .containsExactly(entry("purpose", "Select why you are making this referral"));
        assertThat(errors("referral-purpose", Map.of("purpose", "GOOD_PRACTICE"))).isEmpty();
    }

    @Test
    void triageNeedsTheChecksAndAnOutcome() {
        assertThat(errors("triage-referral", Map.of())).containsExactly(
                entry("complete", "Select yes if the referral is complete"),
                entry("inArea", "Select yes if the case is in the board's area"),
                entry("outcome", "Select what should happen next"));
    }

    @Test
    void triageRefusesADuplicateReferenceInTheWrongFormat() {
        Map<String, Object> triage = Map.of("complete", "yes", "inArea", "yes", "outcome", "MERGED", "duplicateOf", "2026/1");
        assertThat(errors("triage-referral", triage))
                .containsExactly(entry("duplicateOf", "Enter a case reference in the format PR-2026-0001"));
    }

    @Test
    void moreInformationNeedsAnAnswer() {
        assertThat(errors("provide-more-information", Map.of("information", "  ")))
                .containsExactly(entry("information", "Enter the information you were asked for"));
    }
}
