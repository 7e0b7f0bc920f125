package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.practicereview.decision.DecisionOption;
import org.practicereview.screening.CriteriaResult;

/** The auditor's reports say every stored decision and criteria result in words, and the retention as a length of time. */
class AuditWordsTest {

    @Test
    void everyDecisionAndEveryCriteriaResultHasWords() {
        assertThat(AuditWords.DECISIONS.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DecisionOption.values()).map(Enum::name).toList());
        assertThat(AuditWords.CRITERIA_RESULTS.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CriteriaResult.values()).map(Enum::name).toList());
        for (CriteriaResult result : CriteriaResult.values()) {
            assertThat(AuditWords.criteriaResult(result.name())).isEqualTo(result.inWords());
        }
        assertThat(AuditWords.decision("OTHER_REVIEW")).isEqualTo("Commission another type of review");
    }

    @Test
    void saysTheRetentionAsPeopleDo() {
        assertThat(AuditWords.period(Period.ofYears(12))).isEqualTo("12 years");
        assertThat(AuditWords.period(Period.of(1, 6, 0))).isEqualTo("1 year and 6 months");
        assertThat(AuditWords.period(Period.of(2, 1, 3))).isEqualTo("2 years, 1 month and 3 days");
        assertThat(AuditWords.period(Period.ofDays(1))).isEqualTo("1 day");
    }
}
