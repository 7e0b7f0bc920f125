package org.practicereview.documents.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/** The blocks a flowing document is made of: title, headings, labelled fields, text and notices. */
public final class Blocks {

    public static final float BODY = 10;
    private static final float LABEL_WIDTH = 150;

    private final FlowDocument flow;

    public Blocks(FlowDocument flow) {
        this.flow = flow;
    }

    public void title(String title, String subtitle) throws IOException {
        flow.ensureSpace(60);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.H1), title, flow.fonts().bold(), 20,
                Palette.NAVY, 0);
        flow.moveDown(2);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.P), subtitle, flow.fonts().regular(), 11,
                Palette.MUTED, 0);
        flow.moveDown(8);
    }

    public void heading(String heading) throws IOException {
        flow.ensureSpace(TextLayout.lineHeight(13) + 3 * TextLayout.lineHeight(BODY) + 10);
        flow.moveDown(10);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.H2), heading, flow.fonts().bold(), 13,
                Palette.NAVY, 0);
        float y = flow.y() - 2;
        flow.tagging().artifact(flow.stream(),
                () -> Pen.line(flow.stream(), Palette.AMBER, 1.5f, flow.left(), y, flow.left() + 40, y));
        flow.moveDown(8);
    }

    /** A label and its value side by side, as one row of a two-column table. */
    public void field(PDStructureElement table, String label, String value) throws IOException {
        field(table, label, value, false);
    }

    /** As {@link #field(PDStructureElement, String, String)}, the value in the warning colour if it needs attention. */
    public void field(PDStructureElement table, String label, String value, boolean warning) throws IOException {
        float valueWidth = flow.width() - LABEL_WIDTH;
        List<String> labelLines = TextLayout.wrap(label, flow.fonts().bold(), BODY, LABEL_WIDTH - 10);
        List<String> valueLines = TextLayout.wrap(value, warning ? flow.fonts().bold() : flow.fonts().regular(), BODY,
                valueWidth);
        float lineHeight = TextLayout.lineHeight(BODY);
        float height = Math.max(labelLines.size(), valueLines.size()) * lineHeight;
        flow.ensureSpace(height + 4);
        PDStructureElement row = flow.tagging().element(StandardStructureTypes.TR, table);
        float top = flow.y();
        cell(row, StandardStructureTypes.TH, labelLines, flow.fonts().bold(), Palette.MUTED, flow.left(), top);
        cell(row, StandardStructureTypes.TD, valueLines, warning ? flow.fonts().bold() : flow.fonts().regular(),
                warning ? Palette.WARNING : Palette.INK, flow.left() + LABEL_WIDTH, top);
        flow.moveDown(height + 4);
    }

    private void cell(PDStructureElement row, String type, List<String> lines,
            Typeface font, Color color, float x, float top) throws IOException {
        PDStructureElement cell = flow.tagging().element(type, row);
        flow.tagging().mark(flow.stream(), flow.page(), cell, () -> {
            float baseline = top - BODY;
            for (String line : lines) {
                Pen.text(flow.stream(), font, BODY, color, x, baseline, line);
                baseline -= TextLayout.lineHeight(BODY);
            }
        });
    }

    /** A labelled passage of text, such as a rationale, that may run over pages. */
    public void text(String label, String text) throws IOException {
        flow.ensureSpace(3 * TextLayout.lineHeight(BODY));
        flow.paragraph(flow.tagging().element(StandardStructureTypes.H3), label, flow.fonts().bold(), BODY,
                Palette.MUTED, 0);
        flow.moveDown(2);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.P), text, flow.fonts().regular(), BODY,
                Palette.INK, 0);
        flow.moveDown(8);
    }

    /** A warning the reader must not miss, set off by a bar in the warning colour. */
    public void notice(String heading, String text) throws IOException {
        flow.ensureSpace(4 * TextLayout.lineHeight(BODY));
        flow.moveDown(4);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.H3), heading, flow.fonts().bold(), 11,
                Palette.WARNING, 12, Palette.WARNING);
        flow.paragraph(flow.tagging().element(StandardStructureTypes.P), text, flow.fonts().regular(), BODY,
                Palette.INK, 12, Palette.WARNING);
        flow.moveDown(10);
    }
}
