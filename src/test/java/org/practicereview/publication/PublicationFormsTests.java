package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.practicereview.review.FormRules.errors;
import static org.practicereview.review.FormRules.valid;
import static org.practicereview.review.FormRules.with;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationFormsTests {

    /** A complete, clean pack as the coordinator submits it. */
    static Map<String, Object> pack() {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("pseudonym", "Child Q");
        for (PackFields.Panel p : PackFields.PANELS) {
            if (p.headingKey() != null) {
                pack.put(p.headingKey(), "Finding " + p.number());
            }
            pack.put(p.textKey(), "Panel " + p.number() + ": agencies did not share what they knew about neglect.");
        }
        PackFields.QUESTIONS.forEach(q -> pack.put(q, "How will your team use this learning?"));
        pack.put("themes", "neglect, information sharing, domestic abuse");
        pack.put("catalogueSummary", "A review of how agencies responded to the neglect of a young child.");
        pack.put("catalogueLearning", "Professional curiosity; escalation when concerns persist.");
        pack.put("catalogueRecommendations", "Multi-agency neglect training; a shared escalation policy.");
        pack.put("catalogueMethodology", "SCIE Learning Together.");
        pack.put("proceedingsOpen", "no");
        return pack;
    }

    @Test
    void acceptsACompletePackWithoutAnExecutiveSummary() {
        assertThat(valid("prepare-publication-pack", pack()).text("executiveSummary")).isEmpty();
    }

    @Test
    void refusesBriefingTextOverTheFormsGenerousUpperBound() {
        assertThat(errors("prepare-publication-pack", with(pack(), "briefing1Background", "x".repeat(1001),
                "briefing4Text", "y".repeat(1001), "reflectiveQuestion2", "z".repeat(201)))).containsExactly(
                entry("briefing1Background", "1 Background must be 1000 characters or fewer"),
                entry("briefing4Text", "Panel 4 text must be 1000 characters or fewer"),
                entry("reflectiveQuestion2", "Reflective question 2 must be 200 characters or fewer"));
    }

    @Test
    void acceptsABriefingPanelAtTheUpperBoundForTheMeasuredCheckToJudge() {
        assertThat(valid("prepare-publication-pack", with(pack(), "briefing7Actions", "x".repeat(1000)))
                .text("briefing7Actions")).hasValue("x".repeat(1000));
    }

    @Test
    void refusesAPackWithoutItsPanelsQuestionsCatalogueOrProceedingsAnswer() {
        Map<String, String> errors = errors("prepare-publication-pack", Map.of());
        assertThat(errors).contains(
                entry("pseudonym", "Enter pseudonym"),
                entry("briefing1Background", "Enter panel 1, Background"),
                entry("briefing3Heading", "Enter heading of panel 3"),
                entry("briefing7Actions", "Enter panel 7, What to do"),
                entry("reflectiveQuestion3", "Enter reflective question 3"),
                entry("themes", "Enter themes"),
                entry("catalogueMethodology", "Enter catalogue methodology"),
                entry("proceedingsOpen", "Select whether parallel proceedings are still open"));
        assertThat(errors).doesNotContainKey("executiveSummary").hasSize(20);
    }

    @Test
    void acceptsPseudonymsAsBoardsWriteThem() {
        for (String pseudonym : new String[] {"MARTHA, MARY & BEN", "Child LW2", "Baby O", "Child Q", "D'Arcy-Lee"}) {
            assertThat(valid("prepare-publication-pack", with(pack(), "pseudonym", pseudonym)).text("pseudonym"))
                    .as(pseudonym).hasValue(pseudonym);
            assertThat(valid("resolve-anonymisation-findings", Map.of("pseudonym", pseudonym)).text("pseudonym"))
                    .as(pseudonym).hasValue(pseudonym);
        }
    }

    @Test
    void refusesAPseudonymWithOtherSymbolsOrNotStartingWithALetter() {
        for (String pseudonym : new String[] {"Child #7", "2 children", "Child <b>Q</b>"}) {
            assertThat(errors("prepare-publication-pack", with(pack(), "pseudonym", pseudonym))).as(pseudonym).containsExactly(
                    entry("pseudonym", "Enter a pseudonym that starts with a letter and uses letters, numbers, spaces,"
                            + " commas, full stops, ampersands, apostrophes or hyphens only"));
        }
    }

    @Test
    void thePackOffersNoChoiceOfReviewTypeForItIsTheOneCommissioned() {
        assertThat(valid("prepare-publication-pack", pack()).form().hasField("reviewType")).isFalse();
        assertThat(valid("resolve-anonymisation-findings", Map.of("themes", "neglect")).form().hasField("reviewType")).isFalse();
    }

    @Test
    void letsTheResolveFormChangeAnySingleField() {
        assertThat(valid("resolve-anonymisation-findings", Map.of("catalogueSummary", "Reworded.")).text("catalogueSummary"))
                .hasValue("Reworded.");
        assertThat(errors("resolve-anonymisation-findings", Map.of("briefing2WhyItMatters", "x".repeat(1001))))
                .containsExactly(entry("briefing2WhyItMatters", "2 Why it matters must be 1000 characters or fewer"));
    }

    @Test
    void resolveFormUsesTheSameTextFieldsAsThePack() {
        for (String key : PackFields.TEXTS) {
            assertThat(valid("resolve-anonymisation-findings", Map.of(key, "Text")).text(key)).hasValue("Text");
            assertThat(valid("prepare-publication-pack", pack()).form().hasField(key)).isTrue();
        }
    }

    @Test
    void refusesAnApprovalWithoutAnAnswer() {
        assertThat(errors("approve-publication", Map.of("publicationApproved", "perhaps"))).containsExactly(
                entry("publicationApproved", "Select a valid option for do you approve publication?"));
        assertThat(errors("approve-publication", Map.of())).containsExactly(
                entry("publicationApproved", "Select whether you approve publication"));
    }
}
