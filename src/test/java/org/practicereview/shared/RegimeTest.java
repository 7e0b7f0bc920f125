package org.practicereview.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegimeTest {

    @Test
    void aSeriousIncidentIsCalledWhatItBecomesUnderEachLaw() {
        assertThat(Regime.SCR_2006.purposeLabel("SCR_CONSIDERATION")).isEqualTo("Consider a serious case review");
        assertThat(Regime.CSPR_2018.purposeLabel("SCR_CONSIDERATION")).isEqualTo("A serious incident: notification and rapid review");
    }

    @Test
    void learningAndGoodPracticeReadTheSameUnderBothAndNoCodeIsShownAsAnEnumName() {
        for (Regime regime : Regime.values()) {
            assertThat(regime.purposeLabel("MULTI_AGENCY_LEARNING")).isEqualTo("Multi-agency learning");
            assertThat(regime.purposeLabel("GOOD_PRACTICE")).isEqualTo("Good practice");
            assertThat(regime.purposeLabel(null)).isEmpty();
            assertThat(regime.label()).doesNotContain("_");
        }
    }
}
