package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BriefingPdfTest {

    private final BriefingPdf renderer = new BriefingPdf(Pdfs.CLOCK);
    private final BriefingDocument childQ = Briefings.childQ();

    @Test
    void rendersTheBriefingOnExactlyOnePage() {
        assertThat(Pdfs.pages(renderer.render(childQ))).isEqualTo(1);
    }

    @Test
    void showsTitlePseudonymBoardMonthPanelsAndQuestionsInReadingOrder() {
        String text = Pdfs.text(renderer.render(childQ));

        List<String> expected = new ArrayList<>(List.of("7 minute briefing", "Serious Case Review (SCR) – Child Q",
                "Sefton Local Safeguarding Children Board", "Pseudonym: Child Q", "Published March 2027"));
        for (int i = 0; i < 7; i++) {
            expected.add((i + 1) + " " + childQ.panels().get(i).heading());
        }
        expected.add("Reflective questions");
        for (int i = 0; i < 3; i++) {
            expected.add((i + 1) + ". " + childQ.reflectiveQuestions().get(i));
        }
        expected.add("7 minute briefing · Sefton Local Safeguarding Children Board · March 2027");
        assertThat(text).containsSubsequence(expected);
    }

    @Test
    void aBriefingDrawnBeforePublicationSaysItIsADraftAndNamesNoMonthOfPublication() {
        String text = Pdfs.text(renderer.render(Briefings.draft(childQ)));

        assertThat(text).containsSubsequence("Pseudonym: Child Q", "Draft for approval, not yet published",
                        "7 minute briefing · Sefton Local Safeguarding Children Board · Draft for approval, not yet published")
                .doesNotContain("Published").doesNotContain("March 2027");
    }

    @Test
    void aPseudonymThatFitsTheCheckFitsTheDraftAndThePublishedBriefing() {
        String longest = "Wide Wm ".repeat(10);
        String fitting = longest.substring(0, BriefingFit.pseudonym(longest).capacity()).strip();
        BriefingDocument briefing = Briefings.withPseudonym(childQ, fitting);

        assertThat(Pdfs.text(renderer.render(Briefings.draft(briefing)))).contains("Pseudonym: " + fitting);
        assertThat(Pdfs.text(renderer.render(briefing))).contains("Pseudonym: " + fitting);
        assertThatThrownBy(() -> renderer.render(Briefings.draft(Briefings.withPseudonym(childQ, longest.substring(0, fitting.length() + 1)))))
                .isInstanceOf(DocumentTooLongException.class);
    }

    @Test
    void setsEveryPanelsTextInFullInTheOrderOfThePanels() {
        String text = Pdfs.textAsDrawn(renderer.render(childQ));

        List<String> expected = new ArrayList<>();
        childQ.panels().forEach(panel -> {
            expected.add(panel.heading());
            expected.add(panel.body());
        });
        assertThat(text).containsSubsequence(expected);
    }

    @Test
    void embedsLiberationSansAsSubsetsAndNoStandardFont() throws IOException {
        Pdfs.assertFontsEmbeddedAndSubset(renderer.render(childQ));
    }

    @Test
    void setsTitleAuthorSubjectLanguageAndXmpMetadata() throws IOException {
        Pdfs.assertMetadata(renderer.render(childQ), "Serious Case Review (SCR) – Child Q",
                "Sefton Local Safeguarding Children Board");
    }

    @Test
    void isTaggedWithATitleHeadingPanelHeadingsAndParagraphs() throws IOException {
        try (PDDocument pdf = Pdfs.load(renderer.render(childQ))) {
            PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            List<String> types = new ArrayList<>();
            collectTypes(document, types);

            assertThat(document.getStructureType()).isEqualTo("Document");
            assertThat(types).containsSubsequence("H1", "Sect", "H2", "P");
            assertThat(types.stream().filter("H2"::equals)).hasSize(8);
            assertThat(types.stream().filter("LI"::equals)).hasSize(3);
            assertThat(pdf.getPage(0).getStructParents()).isZero();
        }
    }

    @Test
    void setsAnEmojiLiberationLacksInTheFallbackFont() {
        BriefingDocument withEmoji = Briefings.withPanel(childQ, 0, new BriefingPanel("Background ✓", "Smile 😀"));

        byte[] pdf = renderer.render(withEmoji);

        assertThat(Pdfs.text(pdf)).contains("1 Background ✓").contains("Smile 😀");
        assertThat(Pdfs.replacedCharacters(pdf)).isNull();
    }

    @Test
    void spellsOutACharacterNoFontDrawsByItsNameAndListsItInTheMetadata() {
        BriefingDocument withEmoji = Briefings.withPanel(childQ, 0, new BriefingPanel("Background", "Smile 🙂 中"));

        byte[] pdf = renderer.render(withEmoji);

        assertThat(Pdfs.text(pdf)).contains("Smile [slightly smiling face] [cjk unified ideographs 4e2d]");
        assertThat(Pdfs.replacedCharacters(pdf)).isEqualTo("U+4E2D U+1F642 shown by their Unicode names in brackets "
                + "(no embedded font draws them)");
    }

    /** Emoji newer than Java 17's Unicode tables, which no embedded font draws, by the names in our own list. */
    @Test
    void spellsOutNewerEmojiByName() {
        BriefingDocument withEmoji = Briefings.withPanel(childQ, 0,
                new BriefingPanel("Background", "Felt \uD83E\uDEE0 and \uD83E\uDEE8, then \uD83E\uDEF6 \uD900\uDC00"));

        byte[] pdf = renderer.render(withEmoji);

        // The panel's second line is read out after the first line of the panel beside it.
        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Felt [melting face] and [shaking face], then [heart hands]")
                .contains("[character U+50000]");
        assertThat(Pdfs.replacedCharacters(pdf)).startsWith("U+1FAE0 U+1FAE8 U+1FAF6 U+50000 shown by their Unicode names");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Brontë", "José Núñez", "Gwenllïan ap Ŵyn", "Dafydd Ŷr Ynys", "Łukasz Wałęsa",
            "Seán Ó Súilleabháin", "François Çelik", "Ægir Østergaard", "Nguyễn Thị", "O’Brien-Smyth"})
    void setsBritishFamilyNamesWithoutReplacingAnything(String name) {
        BriefingDocument briefing = Briefings.withPanel(Briefings.withPseudonym(childQ, name), 2,
                new BriefingPanel("Findings", "Seen by " + name + " at home."));

        String text = Pdfs.text(renderer.render(briefing));

        assertThat(text).contains("Pseudonym: " + name).contains("Seen by " + name + " at home.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"‘single quotes’", "“double quotes”", "2019–2021", "said — then", "and then…",
            "£250 · 5 × 3 ½ €"})
    void setsTypographicPunctuationWithoutReplacingAnything(String sample) {
        BriefingDocument briefing = Briefings.withPanel(childQ, 5,
                new BriefingPanel("Remember " + sample, "Note " + sample + " here."));

        String text = Pdfs.text(renderer.render(briefing));

        assertThat(text).contains("6 Remember " + sample).contains("Note " + sample + " here.");
    }

    @Test
    void composesCombiningAccentsSoTheyRenderAsOneLetter() {
        BriefingDocument briefing = Briefings.withPseudonym(childQ, "Zoe\u0308");

        assertThat(Pdfs.text(renderer.render(briefing))).contains("Pseudonym: Zoë");
    }

    @Test
    void writesAPngOfThePageToLookAt() throws IOException {
        assertThat(Pdfs.png(renderer.render(childQ), 0, "briefing.png")).isNotEmptyFile();
    }

    private static void collectTypes(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collectTypes(element, types);
            }
        }
    }

    @Test
    void tiesEveryMarkedSequenceToAStructureElement() throws IOException {
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(renderer.render(childQ));
    }
}
