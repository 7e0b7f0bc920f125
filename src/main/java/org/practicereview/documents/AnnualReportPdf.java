package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.practicereview.documents.internal.Palette;
import org.practicereview.documents.internal.Pen;
import org.practicereview.documents.internal.TextLayout;
import org.practicereview.documents.internal.Typeface;
import org.springframework.stereotype.Service;

/**
 * Renders the board's figures for a year as one PDF for its statutory yearly report: each figure a bar
 * chart whose rows are a tagged table (the label and the number as text), the bars drawn beside them as
 * decoration, so a screen reader and a copy of the text read every figure.
 */
@Service
public class AnnualReportPdf {

    /** One row of a figure: what is counted, in words, and how many. */
    public record Bar(String label, long value) {}

    public record Figure(String title, String category, List<Bar> bars) {}

    public record AnnualReport(String boardName, int year, List<Figure> figures) {}

    static final float LABEL_WIDTH = 220;
    static final float BAR_SPACE = 220;
    private static final float BAR_HEIGHT = 9;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public AnnualReportPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(AnnualReport report) {
        return render(report, "Annual report " + report.year(), "Practice reviews: the board's figures for " + report.year(),
                "The board's figures of case reviews, decisions, action plans and briefings for " + report.year());
    }

    /** The partnership's yearly report of its reviews: the same tables, titled for it. */
    public byte[] renderYearlyReviews(AnnualReport report) {
        return render(report, "Yearly report of reviews " + report.year(), "The partnership's reviews in " + report.year(),
                "The reviews the partnership initiated, completed and published in " + report.year());
    }

    private byte[] render(AnnualReport report, String title, String heading, String subject) {
        try (FlowDocument flow = new FlowDocument(PDRectangle.A4, title + " · " + report.boardName())) {
            Blocks blocks = new Blocks(flow);
            blocks.title(heading, report.boardName() + " · 1 January to 31 December " + report.year());
            for (Figure figure : report.figures()) {
                blocks.heading(figure.title());
                chart(flow, figure);
            }
            return flow.finish(title + " · " + report.boardName(), new DocumentMetadata(title, report.boardName(),
                    subject, ZonedDateTime.now(clock.withZone(LONDON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chart(FlowDocument flow, Figure figure) throws IOException {
        PDStructureElement table = flow.tagging().element(StandardStructureTypes.TABLE);
        row(flow, table, figure.category(), "Number", -1, 0, true);
        if (figure.bars().isEmpty()) {
            row(flow, table, "Nothing to count in this year", "0", 0, 0, false);
        }
        long max = figure.bars().stream().mapToLong(Bar::value).max().orElse(0);
        for (Bar bar : figure.bars()) {
            row(flow, table, bar.label(), String.valueOf(bar.value()), bar.value(), max, false);
        }
        flow.moveDown(6);
    }

    /** One row: the label, then (unless a header) the bar as decoration and the number as text after it. */
    private static void row(FlowDocument flow, PDStructureElement table, String label, String number, long value, long max,
                            boolean header) throws IOException {
        Typeface font = header ? flow.fonts().bold() : flow.fonts().regular();
        List<String> lines = TextLayout.wrap(label, font, Blocks.BODY, LABEL_WIDTH - 10);
        float lineHeight = TextLayout.lineHeight(Blocks.BODY);
        float height = Math.max(lines.size() * lineHeight, BAR_HEIGHT + 4);
        flow.ensureSpace(height + 4);
        PDStructureElement row = flow.tagging().element(StandardStructureTypes.TR, table);
        float top = flow.y();
        float x = flow.left() + LABEL_WIDTH;
        PDStructureElement labelCell = flow.tagging().element(StandardStructureTypes.TH, row);
        flow.tagging().mark(flow.stream(), flow.page(), labelCell, () -> {
            float baseline = top - Blocks.BODY;
            for (String line : lines) {
                Pen.text(flow.stream(), font, Blocks.BODY, header ? Palette.MUTED : Palette.INK, flow.left(), baseline, line);
                baseline -= lineHeight;
            }
        });
        float length = 0;
        if (!header) {
            float barLength = max == 0 ? 1 : Math.max(1, value * BAR_SPACE / max);
            length = barLength;
            flow.tagging().artifact(flow.stream(),
                    () -> Pen.fill(flow.stream(), Palette.NAVY, x, top - BAR_HEIGHT - 1, barLength, BAR_HEIGHT));
        }
        float numberX = header ? x : x + length + 6;
        PDStructureElement numberCell = flow.tagging().element(header ? StandardStructureTypes.TH : StandardStructureTypes.TD, row);
        flow.tagging().mark(flow.stream(), flow.page(), numberCell, () -> Pen.text(flow.stream(), flow.fonts().bold(), Blocks.BODY,
                header ? Palette.MUTED : Palette.INK, numberX, top - Blocks.BODY, number));
        flow.moveDown(height + 4);
    }
}
