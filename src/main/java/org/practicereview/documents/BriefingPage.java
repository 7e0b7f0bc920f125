package org.practicereview.documents;

import static org.practicereview.documents.BriefingLayout.*;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.internal.Fonts;
import org.practicereview.documents.internal.Palette;
import org.practicereview.documents.internal.Pen;
import org.practicereview.documents.internal.Tagging;
import org.practicereview.documents.internal.TextLayout;
import org.practicereview.documents.internal.Typeface;

/** Draws the briefing's page: the header band, the seven panels, the questions and the footer. */
final class BriefingPage {

    static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final String LABEL = "7 minute briefing";
    static final String PSEUDONYM_PREFIX = "Pseudonym: ";
    static final String PUBLISHED_PREFIX = "  ·  Published ";
    /** What a briefing drawn before publication says where a published one gives its month. */
    static final String DRAFT = "Draft for approval, not yet published";
    static final String DRAFT_SUFFIX = "  ·  " + DRAFT;

    private final BriefingDocument briefing;
    private final Fonts fonts;
    private final Tagging tagging;
    private final PDPage page = new PDPage(PAGE);
    private final PDPageContentStream stream;
    private final PanelPainter panels;

    BriefingPage(PDDocument pdf, BriefingDocument briefing) throws IOException {
        this.briefing = briefing;
        this.fonts = new Fonts(pdf);
        this.tagging = new Tagging(pdf);
        pdf.addPage(page);
        this.stream = new PDPageContentStream(pdf, page);
        this.panels = new PanelPainter(stream, page, fonts, tagging);
    }

    void draw() throws IOException {
        try (stream) {
            band();
            for (int i = 0; i < briefing.panels().size(); i++) {
                panels.panel(i, briefing.panels().get(i));
            }
            panels.questions(briefing.reflectiveQuestions());
            footer();
        }
        tagging.finish();
    }

    /** The characters no font could draw, shown as a replacement. */
    java.util.SortedSet<Integer> replaced() {
        return fonts.replaced();
    }

    /** The month of publication, or the draft's words where there is none yet. */
    String dated() {
        return briefing.isDraft() ? DRAFT : briefing.published().format(MONTH_YEAR);
    }

    private void band() throws IOException {
        List<String> title = lines(briefing.title(), fonts.bold(), TITLE_SIZE, BAND_TEXT_WIDTH, TITLE_LINES,
                "Title");
        List<String> board = lines(briefing.boardName(), fonts.regular(), META_SIZE, BAND_TEXT_WIDTH, 1,
                "Board name");
        String meta = PSEUDONYM_PREFIX + TextLayout.normalise(briefing.pseudonym()).strip()
                + (briefing.isDraft() ? DRAFT_SUFFIX : PUBLISHED_PREFIX + dated());
        lines(meta, fonts.regular(), META_SIZE, BAND_TEXT_WIDTH, 1, "Pseudonym");

        float pageTop = PAGE.getHeight();
        tagging.artifact(stream, () -> {
            Pen.fill(stream, Palette.NAVY, 0, pageTop - BAND_HEIGHT, PAGE.getWidth(), BAND_HEIGHT);
            Pen.fill(stream, Palette.AMBER, 0, pageTop - BAND_HEIGHT - 3, PAGE.getWidth(), 3);
            float cx = SIDE + CONTENT_WIDTH - 34;
            float cy = pageTop - BAND_HEIGHT / 2;
            Pen.disc(stream, Palette.AMBER, cx, cy, 32);
            float sevenWidth = TextLayout.width(fonts.bold(), 36, "7");
            Pen.text(stream, fonts.bold(), 36, Palette.NAVY, cx - sevenWidth / 2, cy - 13, "7");
        });

        float top = pageTop - (BAND_HEIGHT - bandBlock(title.size())) / 2;
        text(StandardStructureTypes.P, fonts.bold(), LABEL_SIZE, Palette.AMBER, top, List.of(LABEL));
        top -= lineHeight(LABEL_SIZE) + 4;
        text(StandardStructureTypes.H1, fonts.bold(), TITLE_SIZE, Palette.WHITE, top, title);
        top -= title.size() * lineHeight(TITLE_SIZE) + 6;
        text(StandardStructureTypes.P, fonts.regular(), META_SIZE, Palette.PALE_BLUE, top, board);
        top -= lineHeight(META_SIZE);
        text(StandardStructureTypes.P, fonts.regular(), META_SIZE, Palette.WHITE, top, List.of(meta));
    }

    /** Lines set from the top of their first line box down. */
    private void text(String type, Typeface font, float size, java.awt.Color color, float top, List<String> lines)
            throws IOException {
        PDStructureElement element = tagging.element(type);
        tagging.mark(stream, page, element, () -> {
            float baseline = top - lineHeight(size) + 0.27f * size;
            for (String line : lines) {
                Pen.text(stream, font, size, color, SIDE, baseline, line);
                baseline -= lineHeight(size);
            }
        });
    }

    private void footer() throws IOException {
        String footer = LABEL + " · " + TextLayout.normalise(briefing.boardName()).strip() + " · " + dated();
        float width = TextLayout.width(fonts.regular(), FOOTER_SIZE, footer);
        if (width > CONTENT_WIDTH) {
            throw new DocumentTooLongException("Board name");
        }
        tagging.artifact(stream, () -> {
            Pen.line(stream, Palette.RULE, 0.75f, SIDE, FOOTER_BASELINE + 11, SIDE + CONTENT_WIDTH,
                    FOOTER_BASELINE + 11);
            Pen.text(stream, fonts.regular(), FOOTER_SIZE, Palette.MUTED, (PAGE.getWidth() - width) / 2,
                    FOOTER_BASELINE, footer);
        });
    }

    /** The wrapped lines of a section, refused if they need more than {@code maxLines}. */
    static List<String> lines(String text, Typeface font, float size, float width, int maxLines, String section) {
        List<String> lines = TextLayout.wrap(text.strip(), font, size, width);
        if (lines.size() > maxLines) {
            throw new DocumentTooLongException(section);
        }
        return lines;
    }
}
