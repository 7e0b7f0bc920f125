package org.practicereview.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One face of the document font with its fallback: a character Liberation Sans cannot draw is set
 * in DejaVu Sans (symbols, arrows, some emoji, Arabic, Hebrew, Greek and Cyrillic extras); one that
 * neither can draw is shown as {@value #REPLACEMENT_TEXT} and reported, so that text a person typed
 * never stops a document. Invisible format characters Liberation does not draw (variation
 * selectors, joiners) are left out, as a reader would not see them either.
 */
public final class Typeface {

    public static final int REPLACEMENT = 0x25A1;
    public static final String REPLACEMENT_TEXT = "□";

    /** Text to set in one font. */
    public record Run(PDFont font, String text) {}

    private final FontFile primaryFile;
    private final FontFile fallbackFile;
    private final Supplier<PDFont> primary;
    private final Supplier<PDFont> fallback;
    private final IntConsumer replaced;

    Typeface(FontFile primaryFile, FontFile fallbackFile, Supplier<PDFont> primary, Supplier<PDFont> fallback,
            IntConsumer replaced) {
        this.primaryFile = primaryFile;
        this.fallbackFile = fallbackFile;
        this.primary = primary;
        this.fallback = fallback;
        this.replaced = replaced;
    }

    /** The main font, for callers that only set fixed text of their own (numbers, labels). */
    public PDFont primary() {
        return primary.get();
    }

    /** The text cut into runs by the font that draws them, with replacements made. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>(1);
        StringBuilder run = new StringBuilder(text.length());
        boolean inFallback = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int drawn = cp;
            boolean useFallback = false;
            if (!primaryFile.draws(cp)) {
                if (invisible(cp)) {
                    continue;
                } else if (fallbackFile.draws(cp)) {
                    useFallback = true;
                } else {
                    replaced.accept(cp);
                    drawn = REPLACEMENT;
                }
            }
            if (useFallback != inFallback && run.length() > 0) {
                runs.add(new Run(inFallback ? fallback.get() : primary.get(), run.toString()));
                run.setLength(0);
            }
            inFallback = useFallback;
            run.appendCodePoint(drawn);
        }
        if (run.length() > 0) {
            runs.add(new Run(inFallback ? fallback.get() : primary.get(), run.toString()));
        }
        return runs;
    }

    /** The width of the text at this size, in points, as {@link #runs(String)} would set it. */
    public float width(float size, String text) {
        float units = 0;
        try {
            for (Run run : runs(text)) {
                units += run.font().getStringWidth(run.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / 1000f * size;
    }

    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
