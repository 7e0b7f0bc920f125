package org.practicereview.documents.internal;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Drawing primitives: text at a baseline, filled and stroked shapes. */
public final class Pen {

    /** Control point distance that makes four Bézier curves a circle. */
    private static final float KAPPA = 0.552_284_75f;

    private Pen() {
    }

    /** Text in one line, each run in the font of the typeface that draws it. */
    public static void text(PDPageContentStream stream, Typeface font, float size, Color color, float x, float baseline,
            String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        for (Typeface.Run run : font.runs(text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    public static void fill(PDPageContentStream stream, Color color, float x, float y, float width, float height)
            throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    public static void line(PDPageContentStream stream, Color color, float width, float x1, float y1, float x2,
            float y2) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    public static void roundedBox(PDPageContentStream stream, Color fill, Color border, float x, float y, float width,
            float height, float radius) throws IOException {
        float k = radius * KAPPA;
        stream.moveTo(x + radius, y);
        stream.lineTo(x + width - radius, y);
        stream.curveTo(x + width - radius + k, y, x + width, y + radius - k, x + width, y + radius);
        stream.lineTo(x + width, y + height - radius);
        stream.curveTo(x + width, y + height - radius + k, x + width - radius + k, y + height, x + width - radius,
                y + height);
        stream.lineTo(x + radius, y + height);
        stream.curveTo(x + radius - k, y + height, x, y + height - radius + k, x, y + height - radius);
        stream.lineTo(x, y + radius);
        stream.curveTo(x, y + radius - k, x + radius - k, y, x + radius, y);
        stream.closePath();
        stream.setNonStrokingColor(fill);
        stream.setStrokingColor(border);
        stream.setLineWidth(0.75f);
        stream.fillAndStroke();
    }

    public static void disc(PDPageContentStream stream, Color color, float cx, float cy, float r) throws IOException {
        float k = r * KAPPA;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
        stream.setNonStrokingColor(color);
        stream.fill();
    }
}
