package org.practicereview.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.practicereview.documents.DocumentTooLongException;

/**
 * A document that flows down pages: a cursor, page breaks when content does not fit, a running
 * header on every page, a repeated block (such as table header rows) after each break, and
 * "Page n of m" footers once the page count is known.
 */
public final class FlowDocument implements AutoCloseable {

    public static final float MARGIN = 42;
    private static final float HEADER_SPACE = 30;
    private static final float FOOTER_SPACE = 30;
    private static final float RUNNING_SIZE = 8.5f;

    private final PDDocument pdf = new PDDocument();
    private final Fonts fonts = new Fonts(pdf);
    private final Tagging tagging = new Tagging(pdf);
    private final PDRectangle pageSize;
    private final String runningHead;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private Tagging.Drawing afterBreak;

    public FlowDocument(PDRectangle pageSize, String runningHead) {
        this.pageSize = pageSize;
        this.runningHead = runningHead;
    }

    public Fonts fonts() { return fonts; }
    public Tagging tagging() { return tagging; }
    public PDPage page() { return page; }
    public PDPageContentStream stream() { return stream; }
    public float y() { return y; }
    public float left() { return MARGIN; }
    public float width() { return pageSize.getWidth() - 2 * MARGIN; }
    public int pageNumber() { return pdf.getNumberOfPages(); }

    public void moveDown(float distance) {
        y -= distance;
    }

    /** Drawn after every page break until cleared, e.g. a table's header row. */
    public void afterBreak(Tagging.Drawing drawing) {
        this.afterBreak = drawing;
    }

    /**
     * Starts a new page unless {@code height} still fits above the footer. A block that could not
     * fit even on an empty page (a table row or field, which do not break) is refused, not cut.
     */
    public void ensureSpace(float height) throws IOException {
        if (height > pageSize.getHeight() - 2 * MARGIN - HEADER_SPACE - FOOTER_SPACE) {
            throw new DocumentTooLongException("A table row or field taller than a page");
        }
        if (page == null || y - height < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        page = new PDPage(pageSize);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
        float top = pageSize.getHeight() - MARGIN;
        tagging.artifact(stream, () -> {
            Pen.text(stream, fonts.regular(), RUNNING_SIZE, Palette.MUTED, MARGIN, top - RUNNING_SIZE, runningHead);
            Pen.line(stream, Palette.RULE, 0.75f, MARGIN, top - 14, MARGIN + width(), top - 14);
        });
        y = top - HEADER_SPACE;
        if (afterBreak != null) {
            afterBreak.draw();
        }
    }

    /** Wrapped text as one element, continued across pages when it must. */
    public void paragraph(PDStructureElement element, String text, Typeface font, float size, java.awt.Color color,
            float indent) throws IOException {
        paragraph(element, text, font, size, color, indent, null);
    }

    /** As {@link #paragraph(PDStructureElement, String, Typeface, float, java.awt.Color, float)}, with a bar in the margin. */
    public void paragraph(PDStructureElement element, String text, Typeface font, float size, java.awt.Color color,
            float indent, java.awt.Color bar) throws IOException {
        float lineHeight = TextLayout.lineHeight(size);
        List<String> lines = TextLayout.wrap(text, font, size, width() - indent);
        int from = 0;
        while (from < lines.size()) {
            ensureSpace(lineHeight);
            int to = from;
            float baseline = y - size;
            while (to < lines.size() && y - (to - from + 1) * lineHeight >= MARGIN + FOOTER_SPACE) {
                to++;
            }
            List<String> chunk = lines.subList(from, to);
            tagging.mark(stream, page, element, () -> {
                float b = baseline;
                for (String line : chunk) {
                    Pen.text(stream, font, size, color, MARGIN + indent, b, line);
                    b -= lineHeight;
                }
            });
            float chunkTop = y;
            y -= chunk.size() * lineHeight;
            if (bar != null) {
                tagging.artifact(stream, () -> Pen.fill(stream, bar, MARGIN, y, 4, chunkTop - y));
            }
            from = to;
        }
    }

    /** Footers on every page, the parent tree, the metadata; then the bytes. */
    public byte[] finish(String footer, DocumentMetadata metadata) throws IOException {
        if (page == null) {
            newPage();
        }
        stream.close();
        int count = pdf.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDPage current = pdf.getPage(n - 1);
            try (PDPageContentStream footerStream = new PDPageContentStream(pdf, current, AppendMode.APPEND, true)) {
                drawFooter(footerStream, footer, "Page " + n + " of " + count);
            }
        }
        tagging.finish();
        metadata.applyTo(pdf, fonts.replaced());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private void drawFooter(PDPageContentStream footerStream, String footer, String pageNumber) throws IOException {
        float baseline = MARGIN;
        float numberWidth = TextLayout.width(fonts.regular(), RUNNING_SIZE, pageNumber);
        tagging.artifact(footerStream, () -> {
            Pen.line(footerStream, Palette.RULE, 0.75f, MARGIN, baseline + 12, MARGIN + width(), baseline + 12);
            Pen.text(footerStream, fonts.regular(), RUNNING_SIZE, Palette.MUTED, MARGIN, baseline, footer);
            Pen.text(footerStream, fonts.regular(), RUNNING_SIZE, Palette.MUTED, MARGIN + width() - numberWidth,
                    baseline, pageNumber);
        });
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
