package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.BriefingFit;
import org.practicereview.shared.ReviewType;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;

/** The pack is refused at validation when a briefing text would not fit its panel, measured by the renderer. */
class BriefingSpaceTests {

    static final String PROSE = ("When practitioners disagreed with a decision they did not use the escalation policy, "
            + "so concerns were lost between services. ").repeat(12).strip();

    static Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        PublicationFormsTests.pack().forEach((k, v) -> texts.put(k, String.valueOf(v)));
        return texts;
    }

    @Test
    void acceptsAPanelThatExactlyFillsItsSpace() {
        int capacity = BriefingFit.panelText(2, "Why it matters", PROSE).capacity();
        Map<String, String> texts = texts();
        texts.put("briefing2WhyItMatters", PROSE.substring(0, capacity));

        assertThat(BriefingSpace.problems(texts, ReviewType.SCR)).isEmpty();
    }

    @Test
    void refusesAPanelOneCharacterOverWithItsLengthAndTheCutNeeded() {
        int capacity = BriefingFit.panelText(2, "Why it matters", PROSE).capacity();
        Map<String, String> texts = texts();
        texts.put("briefing2WhyItMatters", PROSE.substring(0, capacity + 1));

        assertThatThrownBy(() -> BriefingSpace.requireFits(texts, ReviewType.SCR))
                .isInstanceOf(InvalidSubmissionException.class)
                .extracting(e -> ((InvalidSubmissionException) e).errors())
                .asList().containsExactly(new FieldError("briefing2WhyItMatters",
                        "Why it matters is too long to fit its panel: " + (capacity + 1)
                                + " characters; shorten it by about 1 character"));
    }

    @Test
    void namesEveryOverlongSectionIncludingEditableHeadingsAndQuestions() {
        Map<String, String> texts = texts();
        texts.put("briefing1Background", PROSE);
        texts.put("briefing3Heading", "Key findings about information sharing between agencies and the wider family network");
        texts.put("reflectiveQuestion3", "How will you know the learning is embedded? ".repeat(5));

        assertThat(BriefingSpace.problems(texts, ReviewType.SCR)).extracting(FieldError::field)
                .containsExactly("briefing1Background", "briefing3Heading", "reflectiveQuestion3");
        assertThat(BriefingSpace.problems(texts, ReviewType.SCR).get(0).message())
                .startsWith("Background is too long to fit its panel: " + PROSE.length() + " characters; shorten it by about ")
                .doesNotContain("escalation");
    }
}
