package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What fits is measured with the real font and wrapping, and the renderer agrees to the character. */
class BriefingFitTest {

    /** Ordinary briefing prose, long enough to overflow any panel. */
    static final String PROSE = ("Practitioners saw the family often but rarely together, and each agency held part of "
            + "the picture. Health visitors noted missed appointments; school recorded lateness and hunger; police "
            + "attended two incidents of shouting at night. Nobody put these together or asked the child what daily "
            + "life was like. Fathers and new partners were seldom seen, assessed or invited to meetings. When "
            + "practitioners disagreed with a decision they did not use the escalation policy, so concerns were lost "
            + "between services. Ask who lives in the household, see the child alone, and share what you know. ")
            .repeat(3).strip();

    private final BriefingPdf renderer = new BriefingPdf(Pdfs.CLOCK);

    @Test
    void aPanelTextThatExactlyFillsItsPanelIsAcceptedAndRendersOnOnePage() throws java.io.IOException {
        BriefingFit.Fit whole = BriefingFit.panelText(2, "Why it matters", PROSE);
        String atLimit = first(PROSE, whole.capacity());
        BriefingDocument briefing = Briefings.withPanel(Briefings.childQ(), 1, new BriefingPanel("Why it matters", atLimit));

        assertThat(whole.fits()).isFalse();
        assertThat(BriefingFit.panelText(2, "Why it matters", atLimit).fits()).isTrue();
        byte[] pdf = renderer.render(briefing);
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains(lastWords(atLimit));
        Pdfs.png(pdf, 0, "briefing-panel-at-limit.png");
    }

    @Test
    void oneCharacterMoreThanFillsAPanelIsRefusedByTheCheckAndByTheRenderer() {
        int capacity = BriefingFit.panelText(2, "Why it matters", PROSE).capacity();
        String oneMore = first(PROSE, capacity + 1);
        BriefingDocument briefing = Briefings.withPanel(Briefings.childQ(), 1, new BriefingPanel("Why it matters", oneMore));

        BriefingFit.Fit fit = BriefingFit.panelText(2, "Why it matters", oneMore);
        assertThat(fit.fits()).isFalse();
        assertThat(fit.over()).isEqualTo(1);
        assertThatThrownBy(() -> renderer.render(briefing)).isInstanceOf(DocumentTooLongException.class)
                .extracting(e -> ((DocumentTooLongException) e).section()).isEqualTo("Panel text 2");
    }

    @Test
    void oneWordMoreThanFillsAPanelIsRefused() {
        String[] words = PROSE.split(" ");
        StringBuilder text = new StringBuilder(words[0]);
        int i = 1;
        while (BriefingFit.panelText(1, "Background", text + " " + words[i]).fits()) {
            text.append(' ').append(words[i++]);
        }
        String full = text.toString();
        String over = full + " " + words[i];

        assertThat(Pdfs.pages(renderer.render(Briefings.withPanel(Briefings.childQ(), 0,
                new BriefingPanel("Background", full))))).isEqualTo(1);
        assertThatThrownBy(() -> renderer.render(Briefings.withPanel(Briefings.childQ(), 0,
                new BriefingPanel("Background", over)))).isInstanceOf(DocumentTooLongException.class);
    }

    @Test
    void aPanelHoldsARealBriefingsEightyWordsOrMoreAtNinePoint() {
        String atLimit = first(PROSE, BriefingFit.panelText(3, "Key findings: information sharing", PROSE).capacity());

        assertThat(atLimit.split("\\s+").length).isGreaterThanOrEqualTo(80);
        assertThat(BriefingLayout.BODY_SIZE).isGreaterThanOrEqualTo(9);
    }

    @Test
    void aOneLineHeadingLeavesTheTextMoreRoomThanATwoLineOne() {
        int underShort = BriefingFit.panelText(3, "Escalation", PROSE).capacity();
        int underLong = BriefingFit.panelText(3, "Key findings: information sharing between agencies", PROSE).capacity();

        assertThat(BriefingFit.headingLines("Key findings: information sharing between agencies")).isEqualTo(2);
        assertThat(underShort).isGreaterThan(underLong);
    }

    @Test
    void eachLineBreakCostsTheRestOfItsLine() {
        int lines = BriefingLayout.bodyLines(1);
        String asManyAsLines = "a\n".repeat(lines).strip();
        String oneMore = "a\n".repeat(lines + 1).strip();

        assertThat(BriefingFit.panelText(1, "Background", asManyAsLines).fits()).isTrue();
        assertThat(BriefingFit.panelText(1, "Background", oneMore).fits()).isFalse();
    }

    @Test
    void headingsQuestionsTitleBoardAndPseudonymAreMeasuredToo() {
        assertThat(BriefingFit.panelHeading(3, "Key findings ".repeat(8)).fits()).isFalse();
        assertThat(BriefingFit.question(1, "How will you know? ".repeat(20)).fits()).isFalse();
        assertThat(BriefingFit.question(1, "How will the learning be embedded in your team?").fits()).isTrue();
        assertThat(BriefingFit.title("Serious Case Review (SCR) – Child Q").fits()).isTrue();
        assertThat(BriefingFit.boardName("Board ".repeat(30)).fits()).isFalse();
        assertThat(BriefingFit.pseudonym("Child Q").fits()).isTrue();
        assertThat(BriefingFit.tooLong(Briefings.childQ())).isEmpty();
    }

    @Test
    void measuresBritishNamesAndTypographicPunctuation() {
        String text = "Siôn Ŵyn, Zoë Łukasz and Seán Ó Briain – “quoted” ‘single’ … ";
        assertThat(BriefingFit.panelText(1, "Background", text).fits()).isTrue();
        assertThat(Pdfs.text(renderer.render(Briefings.withPanel(Briefings.childQ(), 0,
                new BriefingPanel("Background", text))))).contains("Ŵyn", "Łukasz", "Ó Briain", "“quoted”");
    }

    private static String first(String text, int codePoints) {
        return new String(text.codePoints().limit(codePoints).toArray(), 0, codePoints).strip();
    }

    private static String lastWords(String text) {
        List<String> words = List.of(text.split(" "));
        return String.join(" ", words.subList(words.size() - 3, words.size()));
    }
}
