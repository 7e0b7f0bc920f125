package org.practicereview.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Regime;

class RegimeSettingTest {

    private static final LocalDate STARTED = LocalDate.of(2019, 9, 29);

    private static SettingsChange withRegime(RegimeSetting regime) {
        return new SettingsChange("Northshire Safeguarding Partnership", "panel@example.org", "ofsted@example.org", null,
                "unit@example.org", "", WorkingDayRegion.ENGLAND_AND_WALES, 10, 1, 5, WorkingDayTargets.DEFAULTS,
                MeetingQuorum.DEFAULTS, regime, FollowUpSurvey.DEFAULTS, "dfe.notifications@example.org");
    }

    @Test
    void aNewInstallationRefersEveryCaseAsASeriousCaseReview() {
        assertThat(RegimeSetting.DEFAULTS.newCases()).isEqualTo(Regime.SCR_2006);
        assertThat(RegimeSetting.DEFAULTS.regimeOn(LocalDate.of(2026, 12, 3))).isEqualTo(Regime.SCR_2006);
    }

    @Test
    void aCaseReferredFromTheDayThePartnershipStartedTheNewArrangementsFollowsThem() {
        RegimeSetting setting = new RegimeSetting(Regime.CSPR_2018, STARTED);
        assertThat(setting.regimeOn(STARTED.minusDays(1))).isEqualTo(Regime.SCR_2006);
        assertThat(setting.regimeOn(STARTED)).isEqualTo(Regime.CSPR_2018);
        assertThat(setting.regimeOn(STARTED.plusYears(5))).isEqualTo(Regime.CSPR_2018);
    }

    @Test
    void theDayOfAReferralIsItsDayInTheUnitedKingdom() {
        SettingsVersion version = new SettingsVersion(2, "Northshire", null, null, null, null, null,
                WorkingDayRegion.ENGLAND_AND_WALES, 10, 1, 5, WorkingDayTargets.DEFAULTS, MeetingQuorum.DEFAULTS,
                new RegimeSetting(Regime.CSPR_2018, STARTED), FollowUpSurvey.DEFAULTS, "demo.admin", Instant.parse("2019-01-01T00:00:00Z"));
        // 23:30 UTC on 28 September 2019 is already 29 September in London (summer time).
        assertThat(version.regimeAt(Instant.parse("2019-09-28T23:30:00Z"))).isEqualTo(Regime.CSPR_2018);
        assertThat(version.regimeAt(Instant.parse("2019-09-28T22:30:00Z"))).isEqualTo(Regime.SCR_2006);
    }

    @Test
    void theNewArrangementsNeedTheDayTheyStartedNoEarlierThanTheRegulations() {
        SettingsRules.check(withRegime(new RegimeSetting(Regime.CSPR_2018, RegimeSetting.EARLIEST_START)));
        SettingsRules.check(withRegime(new RegimeSetting(Regime.SCR_2006, null)));
        assertThat(catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.check(withRegime(new RegimeSetting(Regime.CSPR_2018, null)))).errors())
                .containsExactly(Map.entry("newArrangementsFrom",
                        "Enter the date the partnership started the 2018 arrangements, as a real date"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.check(withRegime(new RegimeSetting(Regime.CSPR_2018, LocalDate.of(2018, 6, 28))))).errors())
                .containsExactly(Map.entry("newArrangementsFrom",
                        "The date the partnership started the 2018 arrangements must be on or after 29 June 2018"));
        assertThat(catchThrowableOfType(InvalidSettingsException.class,
                () -> SettingsRules.check(withRegime(new RegimeSetting(null, null)))).errors())
                .containsExactly(Map.entry("newCaseRegime", "Select which law new cases follow"));
    }

    @Test
    void aChangeThatLeavesTheRegimeOutKeepsTheOneInForce() {
        SettingsVersion now = new SettingsVersion(3, "Northshire", null, null, null, null, null,
                WorkingDayRegion.ENGLAND_AND_WALES, 10, 1, 5, WorkingDayTargets.DEFAULTS, MeetingQuorum.DEFAULTS,
                new RegimeSetting(Regime.CSPR_2018, STARTED), FollowUpSurvey.DEFAULTS, "demo.admin", Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(withRegime(null).keeping(now).caseRegime()).isEqualTo(new RegimeSetting(Regime.CSPR_2018, STARTED));
    }

    @Test
    void everyRegimeHasItsNameInWords() {
        assertThat(Regime.SCR_2006.label()).isEqualTo("Serious case review (LSCB Regulations 2006)");
        assertThat(Regime.CSPR_2018.label()).isEqualTo("Child safeguarding practice review (2018 arrangements)");
    }
}
