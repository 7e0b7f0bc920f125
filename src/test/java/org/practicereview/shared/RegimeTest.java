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

    @Test
    void theReferralsAnswerForASeriousIncidentOffersNoSeriousCaseReviewUnderThe2018Arrangements() {
        String form = "To ask the board to consider a serious case review";
        assertThat(Regime.SCR_2006.purposeAnswer("SCR_CONSIDERATION", form)).isEqualTo(form);
        assertThat(Regime.CSPR_2018.purposeAnswer("SCR_CONSIDERATION", form))
                .contains("serious incident", "national panel", "rapid review").doesNotContain("serious case review");
        assertThat(Regime.CSPR_2018.purposeAnswer("GOOD_PRACTICE", "The case shows good practice worth sharing"))
                .isEqualTo("The case shows good practice worth sharing");
    }
}
