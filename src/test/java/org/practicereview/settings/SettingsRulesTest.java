package org.practicereview.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SettingsRulesTest {

    private static SettingsChange valid() {
        return new SettingsChange("Northshire Safeguarding Children Board", "panel@example.org", "ofsted@example.org", null,
                "unit@example.org", "", WorkingDayRegion.ENGLAND_AND_WALES, 10, 1, 5, WorkingDayTargets.DEFAULTS);
    }

    @Test
    void acceptsTheStatutoryDefaultsWithTheOptionalAddressesLeftBlank() {
        SettingsRules.check(valid());
    }

    @Test
    void reportsEveryFaultAtOnceInTheOrderOfTheForm() {
        SettingsChange bad = new SettingsChange(" ", "panel", null, "chair@", "unit@example.org", null, null, 0, 7, 31,
                new WorkingDayTargets(1, 2, 20, 21, 2, 121));
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class, () -> SettingsRules.check(bad));
        assertThat(refused.errors()).containsExactly(
                java.util.Map.entry("boardName", "Enter the board’s name"),
                java.util.Map.entry("nationalPanelAddress", "Enter the national panel’s email address in the correct format, like name@example.org"),
                java.util.Map.entry("ofstedAddress", "Enter Ofsted’s email address"),
                java.util.Map.entry("chairAddress", "Enter the independent chair’s email address in the correct format, like name@example.org"),
                java.util.Map.entry("region", "Select whose bank holidays are not working days"),
                java.util.Map.entry("agencySummaryWorkingDays", "Enter a whole number of working days from 1 to 60"),
                java.util.Map.entry("decisionPeriodMonths", "Enter a whole number of months from 1 to 6"),
                java.util.Map.entry("noticePeriodWorkingDays", "Enter a whole number of working days from 1 to 30"),
                java.util.Map.entry("triageWorkingDays", "Enter a whole number of working days from 2 to 20"),
                java.util.Map.entry("recommendationWorkingDays", "Enter a whole number of working days from 2 to 20"),
                java.util.Map.entry("publicationWorkingDays", "Enter a whole number of working days from 2 to 120"));
    }

    @Test
    void aQuorumNeedsTwoMembersAtLeastFromOneAgencyAtLeastAndNoMoreAgenciesThanMembers() {
        SettingsChange v = valid();
        for (var quorum : java.util.List.of(new MeetingQuorum(2, 1), new MeetingQuorum(5, 5))) {
            SettingsRules.check(withQuorum(v, quorum));
        }
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsRules.check(withQuorum(v, new MeetingQuorum(1, 0))))
                .errors()).containsExactly(java.util.Map.entry("meetingQuorumMembers", "Enter a whole number of members from 2 to 50"),
                java.util.Map.entry("meetingQuorumAgencies", "Enter a whole number of agencies from 1 to 20"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsRules.check(withQuorum(v, new MeetingQuorum(3, 4))))
                .errors()).containsExactly(java.util.Map.entry("meetingQuorumAgencies",
                "The number of agencies must be no more than the number of members"));
    }

    @Test
    void theFollowUpSurveyIsAskedOneToTwentyFourMonthsAfterPublicationAndRemindedWithinSixtyWorkingDays() {
        SettingsChange v = valid();
        SettingsRules.check(withSurvey(v, FollowUpSurvey.DEFAULTS));
        SettingsRules.check(withSurvey(v, new FollowUpSurvey(24, 60)));
        assertThat(catchThrowableOfType(InvalidSettingsException.class, () -> SettingsRules.check(withSurvey(v, new FollowUpSurvey(0, 61))))
                .errors()).containsExactly(java.util.Map.entry("surveyMonths", "Enter a whole number of months from 1 to 24"),
                java.util.Map.entry("surveyReminderWorkingDays", "Enter a whole number of working days from 1 to 60"));
    }

    @Test
    void theSecretaryOfStatesAddressIsNeededOnlyWhenNewCasesFollowThe2018Arrangements() {
        SettingsChange v = valid();
        RegimeSetting newArrangements = new RegimeSetting(org.practicereview.shared.Regime.CSPR_2018,
                java.time.LocalDate.of(2019, 4, 1));
        SettingsRules.check(withSecretaryOfState(v, RegimeSetting.DEFAULTS, null));
        SettingsRules.check(withSecretaryOfState(v, newArrangements, "dfe.notifications@example.org"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.check(withSecretaryOfState(v, newArrangements, " "))).errors())
                .containsExactly(java.util.Map.entry("secretaryOfStateAddress", "Enter the Secretary of State’s email address"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.check(withSecretaryOfState(v, RegimeSetting.DEFAULTS, "dfe@"))).errors())
                .containsExactly(java.util.Map.entry("secretaryOfStateAddress",
                        "Enter the Secretary of State’s email address in the correct format, like name@example.org"));
    }

    private static SettingsChange withSecretaryOfState(SettingsChange c, RegimeSetting regime, String address) {
        return new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(), c.chairAddress(),
                c.businessUnitAddress(), c.boardMembersAddress(), c.region(), c.agencySummaryWorkingDays(),
                c.decisionPeriodMonths(), c.noticePeriodWorkingDays(), c.targets(), MeetingQuorum.DEFAULTS, regime,
                FollowUpSurvey.DEFAULTS, address);
    }

    private static SettingsChange withSurvey(SettingsChange c, FollowUpSurvey survey) {
        return new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(), c.chairAddress(),
                c.businessUnitAddress(), c.boardMembersAddress(), c.region(), c.agencySummaryWorkingDays(),
                c.decisionPeriodMonths(), c.noticePeriodWorkingDays(), c.targets(), MeetingQuorum.DEFAULTS, c.caseRegime(), survey);
    }

    private static SettingsChange withQuorum(SettingsChange c, MeetingQuorum quorum) {
        return new SettingsChange(c.boardName(), c.nationalPanelAddress(), c.ofstedAddress(), c.chairAddress(),
                c.businessUnitAddress(), c.boardMembersAddress(), c.region(), c.agencySummaryWorkingDays(),
                c.decisionPeriodMonths(), c.noticePeriodWorkingDays(), c.targets(), quorum);
    }

    @Test
    void everySettingHasItsDefaultAndTheSourceOfItsRuleInWords() {
        assertThat(SettingRule.ALL).hasSize(24).allSatisfy(rule -> {
            assertThat(rule.statutoryDefault()).isNotBlank();
            assertThat(rule.source()).isNotBlank().doesNotContain("_");
        });
    }
}
