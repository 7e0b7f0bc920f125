package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practicereview.documents.BriefingLayout.*;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.practicereview.documents.internal.Fonts;
import org.practicereview.documents.internal.TextLayout;

/** Every limit is what the layout holds in the widest glyph, and the renderer keeps to it. */
class BriefingLimitsTest {

    /** British names and prose: Basic Latin, Latin-1, Latin Extended-A and typographic punctuation. */
    static IntStream REPERTOIRE() {
        return IntStream.concat(IntStream.concat(IntStream.rangeClosed(0x20, 0x7E), IntStream.rangeClosed(0xA0, 0x17F)),
                "‘’‚“”„–—…•′″".codePoints());
    }

    private static PDDocument scratch;
    private static PDFont regular;
    private static PDFont bold;

    private final BriefingPdf renderer = new BriefingPdf(Pdfs.CLOCK);

    @BeforeAll
    static void loadFonts() {
        scratch = new PDDocument();
        regular = Fonts.forMeasuring(scratch, Fonts.Face.REGULAR);
        bold = Fonts.forMeasuring(scratch, Fonts.Face.BOLD);
    }

    @AfterAll
    static void close() throws IOException {
        scratch.close();
    }

    static String widest(PDFont font) {
        int widest = REPERTOIRE().boxed().max((a, b) -> Float.compare(advance(font, a), advance(font, b))).orElseThrow();
        return new String(Character.toChars(widest));
    }

    private static float advance(PDFont font, int codePoint) {
        return TextLayout.width(font, 1000, new String(Character.toChars(codePoint)));
    }

    private static int perLine(PDFont font, float size, float width) {
        return (int) (width / TextLayout.width(font, size, widest(font)));
    }

    @Test
    void theWidestGlyphsAreTheAtSignAndAeLigature() {
        assertThat(widest(regular)).isEqualTo("@");
        assertThat(widest(bold)).isEqualTo("Æ");
        assertThat(advance(regular, '@')).isGreaterThan(advance(regular, 'W')).isGreaterThan(advance(regular, 'M'));
    }

    @Test
    void everyLimitIsTheLinesOfItsSectionFilledWithTheWidestGlyph() {
        String metaAround = BriefingPage.PSEUDONYM_PREFIX + BriefingPage.PUBLISHED_PREFIX + "September 2027";
        float pseudonymWidth = BAND_TEXT_WIDTH - TextLayout.width(regular, META_SIZE, metaAround);

        assertLimit(BriefingLimits.TITLE, perLine(bold, TITLE_SIZE, BAND_TEXT_WIDTH), TITLE_LINES);
        assertLimit(BriefingLimits.BOARD_NAME, perLine(regular, META_SIZE, BAND_TEXT_WIDTH), 1);
        assertLimit(BriefingLimits.PSEUDONYM, perLine(regular, META_SIZE, pseudonymWidth), 1);
        assertLimit(BriefingLimits.PANEL_HEADING, perLine(bold, HEADING_SIZE, HEADING_WIDTH), HEADING_LINES);
        assertLimit(BriefingLimits.PANEL_BODY, perLine(regular, BODY_SIZE, BODY_WIDTH), BODY_LINES);
        assertThat(perLine(regular, BODY_SIZE, ACTION_BODY_WIDTH) * ACTION_BODY_LINES)
                .as("the wide seventh panel holds as much").isGreaterThanOrEqualTo(BriefingLimits.PANEL_BODY.maxLength());
        assertLimit(BriefingLimits.QUESTION, perLine(regular, BODY_SIZE, QUESTION_WIDTH), QUESTION_LINES);
    }

    private static void assertLimit(BriefingLimits limit, int perLine, int lines) {
        assertThat(limit.lineLength()).as("%s per line", limit).isEqualTo(perLine);
        assertThat(limit.maxLength()).as("%s", limit).isEqualTo(perLine * lines);
    }

    @Test
    void everySectionAtItsLimitInTheWidestGlyphFitsOnOnePage() throws IOException {
        byte[] pdf = renderer.render(atLimit(widest(regular), widest(bold)));

        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).contains("@".repeat(BriefingLimits.PANEL_BODY.lineLength()));
        Pdfs.png(pdf, 0, "briefing-at-limits.png");
    }

    @Test
    void everySectionAtItsLimitInCapitalWAndMFitsOnOnePage() {
        assertThat(Pdfs.pages(renderer.render(atLimit("W", "W")))).isEqualTo(1);
        assertThat(Pdfs.pages(renderer.render(atLimit("M", "M")))).isEqualTo(1);
    }

    @Test
    void wordsOfCapitalWAtTheLimitFitTheirPanel() {
        String words = "WWWWW ".repeat(BriefingLimits.PANEL_BODY.maxLength()).substring(0,
                BriefingLimits.PANEL_BODY.maxLength()).strip();
        BriefingDocument briefing = Briefings.withPanel(Briefings.childQ(), 0, new BriefingPanel("Background", words));

        assertThat(Pdfs.text(renderer.render(briefing))).contains("WWWWW WWWWW");
    }

    @ParameterizedTest
    @EnumSource(BriefingLimits.class)
    void refusesASectionOneCharacterOverItsLimit(BriefingLimits limit) {
        BriefingDocument atLimit = atLimit("W", "W");
        BriefingDocument over = with(atLimit, limit, "W".repeat(limit.maxLength() + 1));

        assertThatThrownBy(() -> renderer.render(over)).isInstanceOf(DocumentTooLongException.class)
                .hasMessageContaining(limit.label()).hasMessageNotContaining("WWW");
    }

    @Test
    void countsALineBreakAsAWholeLineSoParagraphsCannotOverflow() {
        assertThat(BriefingLimits.PANEL_BODY.lengthOf("a\nb")).isEqualTo(2 + BriefingLimits.PANEL_BODY.lineLength());
        String asManyAsLines = "a\n".repeat(BODY_LINES).strip();
        String oneMore = "a\n".repeat(BODY_LINES + 1).strip();
        BriefingDocument fits = Briefings.withPanel(Briefings.childQ(), 1, new BriefingPanel("x", asManyAsLines));
        BriefingDocument over = Briefings.withPanel(Briefings.childQ(), 1, new BriefingPanel("x", oneMore));

        assertThat(Pdfs.pages(renderer.render(fits))).isEqualTo(1);
        assertThatThrownBy(() -> renderer.render(over)).isInstanceOf(DocumentTooLongException.class)
                .extracting(e -> ((DocumentTooLongException) e).section()).isEqualTo("Panel text 2");
    }

    @Test
    void refusesTextWithinTheCountThatStillDoesNotFitRatherThanCuttingIt() {
        int perLine = BriefingLimits.PANEL_BODY.lineLength();
        String wastefulWords = ("@ " + "@".repeat(perLine) + " ").repeat(BODY_LINES / 2 + 1).strip();
        assertThat(BriefingLimits.PANEL_BODY.fits(wastefulWords)).isTrue();
        BriefingDocument briefing = Briefings.withPanel(Briefings.childQ(), 4, new BriefingPanel("x", wastefulWords));

        assertThatThrownBy(() -> renderer.render(briefing)).isInstanceOf(DocumentTooLongException.class)
                .extracting(e -> ((DocumentTooLongException) e).section()).isEqualTo("Panel text 5");
    }

    /** The briefing with every section filled to its limit. */
    static BriefingDocument atLimit(String glyph, String boldGlyph) {
        BriefingPanel panel = new BriefingPanel(boldGlyph.repeat(BriefingLimits.PANEL_HEADING.maxLength()),
                glyph.repeat(BriefingLimits.PANEL_BODY.maxLength()));
        return new BriefingDocument(boldGlyph.repeat(BriefingLimits.TITLE.maxLength()),
                glyph.repeat(BriefingLimits.PSEUDONYM.maxLength()), glyph.repeat(BriefingLimits.BOARD_NAME.maxLength()),
                java.time.YearMonth.of(2027, 9), List.of(panel, panel, panel, panel, panel, panel, panel),
                List.of(glyph.repeat(BriefingLimits.QUESTION.maxLength()), glyph.repeat(BriefingLimits.QUESTION.maxLength()),
                        glyph.repeat(BriefingLimits.QUESTION.maxLength())));
    }

    private static BriefingDocument with(BriefingDocument base, BriefingLimits limit, String text) {
        return switch (limit) {
            case TITLE -> new BriefingDocument(text, base.pseudonym(), base.boardName(), base.published(), base.panels(),
                    base.reflectiveQuestions());
            case BOARD_NAME -> new BriefingDocument(base.title(), base.pseudonym(), text, base.published(),
                    base.panels(), base.reflectiveQuestions());
            case PSEUDONYM -> Briefings.withPseudonym(base, text);
            case PANEL_HEADING -> Briefings.withPanel(base, 6, new BriefingPanel(text, "x"));
            case PANEL_BODY -> Briefings.withPanel(base, 6, new BriefingPanel("x", text));
            case QUESTION -> new BriefingDocument(base.title(), base.pseudonym(), base.boardName(), base.published(),
                    base.panels(), List.of("x", "y", text));
        };
    }
}
