package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Stage;

class StageTagsTest {

    @Test
    void everyStageHasItsOwnGovukTagColourAndNoneIsTheOverdueRed() {
        // The rapid review is the 2018 route's decision stage and shares the chair's decision's colour; the rest differ.
        assertThat(StageTags.colour(Stage.RAPID_REVIEW)).isEqualTo(StageTags.colour(Stage.DECISION));
        assertThat(Arrays.stream(Stage.values()).filter(s -> s != Stage.RAPID_REVIEW).map(StageTags::colour))
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .doesNotContain("red")
                .allMatch(c -> c.matches("grey|green|turquoise|blue|light-blue|purple|pink|orange|yellow")
                        || StageTags.OWN_COLOURS.contains(c));
        assertThat(new StageTags().classes(Stage.TRIAGE)).isEqualTo("govuk-tag govuk-tag--light-blue");
    }
}
