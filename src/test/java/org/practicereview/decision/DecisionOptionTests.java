package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicereview.screening.CriteriaResult;

class DecisionOptionTests {

    @ParameterizedTest(name = "{0} against {1} departs: {2}")
    @CsvSource({
            "INITIATE_SCR, MANDATORY, false",
            "INITIATE_SCR, MET, false",
            "INITIATE_SCR, NOT_MET, true",
            "OTHER_REVIEW, MANDATORY, true",
            "OTHER_REVIEW, MET, true",
            "OTHER_REVIEW, NOT_MET, false",
            "NO_REVIEW, MANDATORY, true",
            "NO_REVIEW, MET, true",
            "NO_REVIEW, NOT_MET, false",
            "DEFER, MANDATORY, false",
            "DEFER, MET, false",
            "DEFER, NOT_MET, false"})
    void departsFromTheCriteriaOnlyWhenItDoesNotDoWhatTheyCallFor(DecisionOption option, CriteriaResult criteria, boolean departs) {
        assertThat(option.departsFrom(criteria)).isEqualTo(departs);
    }

    @ParameterizedTest
    @CsvSource({"INITIATE_SCR, true", "OTHER_REVIEW, true", "NO_REVIEW, false", "DEFER, false"})
    void commissionsAReviewOnlyForAnScrOrAnotherReview(DecisionOption option, boolean commissions) {
        assertThat(option.commissionsReview()).isEqualTo(commissions);
    }
}
