package org.practicereview.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.internal.FlowDocument;
import org.practicereview.documents.internal.Palette;
import org.practicereview.documents.internal.Pen;
import org.practicereview.documents.internal.TextLayout;
import org.practicereview.documents.internal.Typeface;

/** The PRG report's table of cases: wrapped cells, striped rows, the header row on every page. */
final class CaseTable {

    static final List<String> HEADINGS = List.of("Reference", "Pseudonym", "Purpose", "Criteria result",
            "Recommendation", "Decision", "Decision date", "Days", "Decided within one month",
            "Panel told within 14 days");
    private static final float[] WIDTHS = {70, 62, 105, 80, 100, 120, 64, 32, 56, 0};
    private static final List<String> MISSED = List.of(DeadlineStatus.MISSED.label());
    private static final float SIZE = 9;
    private static final float PAD = 4;

    private final FlowDocument flow;
    private final PDStructureElement table;
    private final float[] widths;
    private int row;

    CaseTable(FlowDocument flow) {
        this.flow = flow;
        this.table = flow.tagging().element(StandardStructureTypes.TABLE);
        this.widths = WIDTHS.clone();
        float used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            used += widths[i];
        }
        widths[widths.length - 1] = flow.width() - used;
    }

    void draw(List<PrgCase> cases) throws IOException {
        flow.ensureSpace(2 * height(lines(HEADINGS, true)));
        header(true);
        flow.afterBreak(() -> header(false));
        for (PrgCase c : cases) {
            row(c);
        }
        flow.afterBreak(null);
    }

    /** The first header row is structure; its repeats on later pages are page furniture. */
    private void header(boolean tagged) throws IOException {
        List<List<String>> lines = lines(HEADINGS, true);
        float height = height(lines);
        float top = flow.y();
        flow.tagging().artifact(flow.stream(),
                () -> Pen.fill(flow.stream(), Palette.NAVY, flow.left(), top - height, flow.width(), height));
        if (tagged) {
            cells(flow.tagging().element(StandardStructureTypes.TR, table), StandardStructureTypes.TH, lines, top,
                    flow.fonts().bold(), Palette.WHITE);
        } else {
            flow.tagging().artifact(flow.stream(), () -> text(lines, top, flow.fonts().bold(), Palette.WHITE));
        }
        flow.moveDown(height);
    }

    private void row(PrgCase c) throws IOException {
        List<List<String>> lines = lines(PrgReportPdf.cells(c), false);
        float height = height(lines);
        flow.ensureSpace(height);
        float top = flow.y();
        if (row++ % 2 == 1) {
            flow.tagging().artifact(flow.stream(),
                    () -> Pen.fill(flow.stream(), Palette.ZEBRA, flow.left(), top - height, flow.width(), height));
        }
        cells(flow.tagging().element(StandardStructureTypes.TR, table), StandardStructureTypes.TD, lines, top,
                flow.fonts().regular(), Palette.INK);
        float bottom = top - height;
        flow.tagging().artifact(flow.stream(), () -> Pen.line(flow.stream(), Palette.RULE, 0.5f, flow.left(),
                bottom, flow.left() + flow.width(), bottom));
        flow.moveDown(height);
    }

    private void cells(PDStructureElement tr, String type, List<List<String>> lines, float top, Typeface font,
            Color color) throws IOException {
        float x = flow.left();
        for (int i = 0; i < lines.size(); i++) {
            float cellX = x;
            List<String> cell = lines.get(i);
            boolean missed = cell.equals(MISSED);
            flow.tagging().mark(flow.stream(), flow.page(), flow.tagging().element(type, tr),
                    () -> cell(cell, cellX, top, missed ? flow.fonts().bold() : font, missed ? Palette.WARNING : color));
            x += widths[i];
        }
    }

    private void text(List<List<String>> lines, float top, Typeface font, Color color) throws IOException {
        float x = flow.left();
        for (int i = 0; i < lines.size(); i++) {
            cell(lines.get(i), x, top, font, color);
            x += widths[i];
        }
    }

    private void cell(List<String> lines, float x, float top, Typeface font, Color color) throws IOException {
        float baseline = top - PAD - SIZE;
        for (String line : lines) {
            Pen.text(flow.stream(), font, SIZE, color, x + PAD, baseline, line);
            baseline -= TextLayout.lineHeight(SIZE);
        }
    }

    private List<List<String>> lines(List<String> cells, boolean bold) {
        List<List<String>> lines = new ArrayList<>();
        Typeface font = bold ? flow.fonts().bold() : flow.fonts().regular();
        for (int i = 0; i < cells.size(); i++) {
            lines.add(TextLayout.wrap(cells.get(i), font, SIZE, widths[i] - 2 * PAD));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * TextLayout.lineHeight(SIZE) + 2 * PAD;
    }
}
