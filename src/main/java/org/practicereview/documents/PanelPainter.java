package org.practicereview.documents;

import static org.practicereview.documents.BriefingLayout.*;

import java.io.IOException;
import java.util.List;
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

/** Draws the numbered panels and the reflective questions of the briefing. */
final class PanelPainter {

    private static final float NUMBER_SIZE = 11;
    private static final float RADIUS = 6;

    private final PDPageContentStream stream;
    private final PDPage page;
    private final Fonts fonts;
    private final Tagging tagging;

    PanelPainter(PDPageContentStream stream, PDPage page, Fonts fonts, Tagging tagging) {
        this.stream = stream;
        this.page = page;
        this.fonts = fonts;
        this.tagging = tagging;
    }

    void panel(int index, BriefingPanel panel) throws IOException {
        float[] box = cell(index);
        float x = box[0];
        float top = box[1] + box[3];
        float width = box[2];
        String number = String.valueOf(index + 1);
        List<String> heading = BriefingPage.lines(panel.heading(), fonts.bold(), HEADING_SIZE, HEADING_WIDTH,
                HEADING_LINES, "Panel heading " + number);
        float headingHeight = headingHeight(heading.size());
        float bodyTop = top - PANEL_PAD - headingHeight - HEADING_GAP;
        List<String> body = BriefingPage.lines(panel.body(), fonts.regular(), BODY_SIZE, BODY_WIDTH,
                bodyLines(heading.size()), "Panel text " + number);

        float cx = x + PANEL_PAD + DISC_RADIUS;
        float cy = top - PANEL_PAD - headingHeight / 2;
        boolean action = index == BriefingDocument.PANELS - 1;
        Colours colours = action ? Colours.ACTION : Colours.PLAIN;
        tagging.artifact(stream, () -> {
            Pen.roundedBox(stream, colours.fill, colours.border, x, box[1], width, box[3], RADIUS);
            Pen.disc(stream, colours.disc, cx, cy, DISC_RADIUS);
        });
        PDStructureElement section = tagging.element(StandardStructureTypes.SECT);
        PDStructureElement h2 = tagging.element(StandardStructureTypes.H2, section);
        float numberWidth = TextLayout.width(fonts.bold(), NUMBER_SIZE, number);
        float headingTop = cy + heading.size() * lineHeight(HEADING_SIZE) / 2;
        tagging.mark(stream, page, h2, () -> {
            Pen.text(stream, fonts.bold(), NUMBER_SIZE, colours.number, cx - numberWidth / 2,
                    cy - NUMBER_SIZE * 0.36f, number);
            lines(fonts.bold(), HEADING_SIZE, colours.heading, x + PANEL_PAD + HEADING_INDENT, headingTop, heading);
        });
        PDStructureElement paragraph = tagging.element(StandardStructureTypes.P, section);
        tagging.mark(stream, page, paragraph,
                () -> lines(fonts.regular(), BODY_SIZE, colours.body, x + PANEL_PAD, bodyTop, body));
    }

    /** Panels are pale with navy headings; the last, what to do, stands out in navy. */
    private enum Colours {
        PLAIN(Palette.PANEL, Palette.RULE, Palette.NAVY, Palette.WHITE, Palette.NAVY, Palette.INK),
        ACTION(Palette.NAVY, Palette.NAVY, Palette.AMBER, Palette.NAVY, Palette.WHITE, Palette.WHITE);

        final java.awt.Color fill;
        final java.awt.Color border;
        final java.awt.Color disc;
        final java.awt.Color number;
        final java.awt.Color heading;
        final java.awt.Color body;

        Colours(java.awt.Color fill, java.awt.Color border, java.awt.Color disc, java.awt.Color number,
                java.awt.Color heading, java.awt.Color body) {
            this.fill = fill;
            this.border = border;
            this.disc = disc;
            this.number = number;
            this.heading = heading;
            this.body = body;
        }
    }

    void questions(List<String> questions) throws IOException {
        float[] box = cell(BriefingDocument.PANELS);
        float bottom = box[1];
        float top = bottom + box[3];
        float x = box[0] + PANEL_PAD;
        tagging.artifact(stream, () -> {
            Pen.roundedBox(stream, Palette.WHITE, Palette.NAVY, box[0], bottom, box[2], box[3], RADIUS);
            Pen.fill(stream, Palette.AMBER, box[0], bottom + RADIUS, 4, box[3] - 2 * RADIUS);
        });
        PDStructureElement section = tagging.element(StandardStructureTypes.SECT);
        PDStructureElement h2 = tagging.element(StandardStructureTypes.H2, section);
        float headingTop = top - PANEL_PAD;
        tagging.mark(stream, page, h2, () -> lines(fonts.bold(), HEADING_SIZE, Palette.NAVY, x, headingTop,
                List.of("Reflective questions")));
        PDStructureElement list = tagging.element(StandardStructureTypes.L, section);
        float questionTop = headingTop - lineHeight(HEADING_SIZE) - HEADING_GAP;
        for (int i = 0; i < questions.size(); i++) {
            String label = (i + 1) + ".";
            List<String> text = BriefingPage.lines(questions.get(i), fonts.regular(), BODY_SIZE, QUESTION_WIDTH,
                    QUESTION_LINES, "Reflective question " + (i + 1));
            PDStructureElement item = tagging.element(StandardStructureTypes.LI, list);
            float itemTop = questionTop;
            tagging.mark(stream, page, tagging.element(StandardStructureTypes.LBL, item),
                    () -> lines(fonts.bold(), BODY_SIZE, Palette.NAVY, x, itemTop, List.of(label)));
            tagging.mark(stream, page, tagging.element(StandardStructureTypes.L_BODY, item),
                    () -> lines(fonts.regular(), BODY_SIZE, Palette.INK, x + QUESTION_INDENT, itemTop, text));
            questionTop -= text.size() * lineHeight(BODY_SIZE) + QUESTION_GAP;
        }
    }

    /** Lines set from the top of their first line box down. */
    private void lines(Typeface font, float size, java.awt.Color color, float x, float top, List<String> lines)
            throws IOException {
        float baseline = top - lineHeight(size) + 0.27f * size;
        for (String line : lines) {
            Pen.text(stream, font, size, color, x, baseline, line);
            baseline -= lineHeight(size);
        }
    }
}
