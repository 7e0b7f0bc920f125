package org.practicereview.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;

/** The shape of a referral sent whole through the API. */
class ReferralAnswersTest {

    @Test
    void readsSingleSectionsAsOneItemAndRepeatingSectionsAsAList() {
        var answers = ReferralAnswers.ofFormIds(ReferralExamples.wholeReferral());
        assertThat(answers.get(ReferralSection.ABOUT_YOU)).hasSize(1);
        assertThat(answers.get(ReferralSection.CHILD)).hasSize(2);
        assertThat(answers.get(ReferralSection.AGENCY)).hasSize(2);
    }

    @Test
    void refusesAChildSentAsASingleSection() {
        assertThatThrownBy(() -> ReferralAnswers.ofFormIds(Map.of("referral-child", ReferralExamples.child())))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("referral-child", "Child: send a list of items")));
    }

    @Test
    void refusesAnUnknownSectionWithoutRepeatingItsName() {
        assertThatThrownBy(() -> ReferralAnswers.ofFormIds(Map.of("Poppy Testchild", List.of())))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.errors()).containsExactly(new FieldError("sections", "One of the sections sent is not a referral section"));
                    assertThat(e.getMessage()).doesNotContain("Poppy");
                });
    }
}
