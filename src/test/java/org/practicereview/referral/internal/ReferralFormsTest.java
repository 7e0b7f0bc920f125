package org.practicereview.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.practicereview.referral.ReferralExamples.with;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralSection;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;

/** A whole referral through every section's form and rules: errors named by section and field. */
class ReferralFormsTest {

    private final Agencies agencies = mock(Agencies.class);
    private final ReferralForms forms = new ReferralForms(new Forms(new ObjectMapper()),
            new FormValidator(Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC)), new ReferralRules(), agencies);

    ReferralFormsTest() {
        when(agencies.known(anyCollection())).thenAnswer(i -> ((Collection<?>) i.getArgument(0)).stream().map(String.class::cast)
                .filter(code -> code.startsWith("NORTHSHIRE_")).collect(Collectors.toSet()));
    }

    private static Map<ReferralSection, List<Map<String, ?>>> complete() {
        Map<ReferralSection, List<Map<String, ?>>> answers = new EnumMap<>(ReferralSection.class);
        answers.put(ReferralSection.ABOUT_YOU, List.of(ReferralExamples.aboutYou()));
        answers.put(ReferralSection.CHILD, List.of(ReferralExamples.child()));
        answers.put(ReferralSection.FAMILY_MEMBER, List.of(ReferralExamples.familyMember()));
        answers.put(ReferralSection.AGENCY, List.of(ReferralExamples.agency("NORTHSHIRE_POLICE")));
        answers.put(ReferralSection.CIRCUMSTANCES, List.of(ReferralExamples.circumstances()));
        answers.put(ReferralSection.PARALLEL_PROCESSES, List.of(ReferralExamples.parallelProcesses()));
        answers.put(ReferralSection.PURPOSE, List.of(ReferralExamples.purpose()));
        return answers;
    }

    private List<FieldError> errorsOf(Map<ReferralSection, List<Map<String, ?>>> answers) {
        try {
            forms.validate(answers);
            return List.of();
        } catch (InvalidSubmissionException e) {
            return e.errors();
        }
    }

    @Test
    void acceptsACompleteReferralAndMapsItOntoTheAggregate() {
        ReferralContent content = new ReferralMapper().toContent(forms.validate(complete()));
        assertThat(content.children()).singleElement().satisfies(c -> assertThat(c.postcode()).isEqualTo("NT1 4AP"));
        assertThat(content.referrer().safeguardingLeadConsulted()).isTrue();
        assertThat(content.parallelProcesses()).hasSize(5).filteredOn(ParallelProcess::open)
                .extracting(ParallelProcess::kind).containsExactly(ParallelProcess.Kind.POLICE_INVESTIGATION);
        assertThat(content.circumstances().criteriaBelieved()).containsExactly("ABUSE_OR_NEGLECT", "SERIOUS_HARM");
    }

    @Test
    void refusesAnIncompleteReferralNamingEachMissingSection() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.remove(ReferralSection.ABOUT_YOU);
        answers.remove(ReferralSection.CHILD);
        answers.remove(ReferralSection.FAMILY_MEMBER);
        assertThat(errorsOf(answers)).containsExactly(
                new FieldError("about-you", "About you: complete this section"),
                new FieldError("child", "Add at least one child"));
    }

    @Test
    void namesTheSectionAndItemOfEveryBadField() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.put(ReferralSection.CHILD, List.of(ReferralExamples.child(), with(ReferralExamples.child(), "dateOfBirth", null)));
        answers.put(ReferralSection.ABOUT_YOU, List.of(with(ReferralExamples.aboutYou(), "phone", "not a phone")));
        assertThat(errorsOf(answers)).containsExactly(
                new FieldError("about-you.phone", "About you: Enter a UK phone number, like 01632 960 001 or 07700 900 982"),
                new FieldError("child-2.dateOfBirth", "Child 2: Enter the child's date of birth"));
    }

    @Test
    void refusesAnAgencyThatIsNotRegisteredOrNamedTwice() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.put(ReferralSection.ABOUT_YOU, List.of(with(ReferralExamples.aboutYou(), "agencyCode", "ACME")));
        answers.put(ReferralSection.AGENCY, List.of(ReferralExamples.agency("NORTHSHIRE_POLICE"), ReferralExamples.agency("NORTHSHIRE_POLICE")));
        assertThat(errorsOf(answers)).containsExactly(
                new FieldError("about-you.agencyCode", "About you: Select your agency from the list"),
                new FieldError("agency-2.agencyCode", "Agency 2: This agency is already in the list: remove one of them"));
    }

    @Test
    void refusesAChildsDatesOutOfOrder() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.put(ReferralSection.CHILD, List.of(with(with(ReferralExamples.child(), "dateOfDeath", "2018-01-01"), "dateOfIncident", "2019-01-01")));
        assertThat(errorsOf(answers)).containsExactly(
                new FieldError("child-1.dateOfDeath", "Child 1: Date of death must be the same as or after the date of birth"),
                new FieldError("child-1.dateOfIncident", "Child 1: Date of the incident must be the same as or after the date of birth"));
    }

    @Test
    void refusesNoneOfTheseWithAnotherCriterion() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.put(ReferralSection.CIRCUMSTANCES, List.of(with(ReferralExamples.circumstances(), "criteriaBelieved", List.of("NONE", "CHILD_DIED"))));
        assertThat(errorsOf(answers)).containsExactly(
                new FieldError("circumstances.criteriaBelieved", "What happened: Select 'None of these' on its own, or untick it"));
    }

    @Test
    void errorsNeverRepeatWhatWasTyped() {
        Map<ReferralSection, List<Map<String, ?>>> answers = complete();
        answers.put(ReferralSection.CHILD, List.of(with(ReferralExamples.child(), "postcode", "Poppy")));
        assertThatThrownBy(() -> forms.validate(answers)).isInstanceOf(InvalidSubmissionException.class)
                .message().doesNotContain("Poppy");
    }
}
