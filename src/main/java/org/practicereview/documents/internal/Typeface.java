package org.practicereview.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One face of the document font with its fallback: a character Liberation Sans cannot draw is set
 * in DejaVu Sans (symbols, arrows, some emoji, Arabic, Hebrew, Greek and Cyrillic extras); one that
 * neither can draw (newer emoji, scripts neither covers) is spelled out by its Unicode name in
 * brackets, "[melting face]", and reported, so that text a person typed never stops a document and
 * the reader still learns what was there. No font from a Maven artifact draws the newer emoji.
 * Invisible format characters Liberation does not draw (variation selectors, joiners) are left out,
 * as a reader would not see them either.
 */
public final class Typeface {

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

    /**
     * The text with each character no font draws replaced by its name in brackets (and reported),
     * invisible ones left out: what {@link #runs(String)} sets, so that lines are wrapped on it.
     */
    public String spelledOut(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (primaryFile.draws(cp) || (!invisible(cp) && fallbackFile.draws(cp))) {
                out.appendCodePoint(cp);
            } else if (!invisible(cp)) {
                replaced.accept(cp);
                out.append(replacementFor(cp));
            }
        }
        return out.toString();
    }

    /**
     * "[slightly smiling face]": the JDK's name, or for an emoji newer than its Unicode tables ours
     * ({@link NewerEmojiNames}); a character neither names by its code point.
     */
    public static String replacementFor(int cp) {
        String name = Character.getName(cp);
        if (name == null) {
            name = NewerEmojiNames.of(cp);
        }
        return name == null ? String.format("[character U+%04X]", cp) : "[" + name.toLowerCase(Locale.ROOT) + "]";
    }

    /** The text cut into runs by the font that draws them, with replacements made. */
    public List<Run> runs(String text) {
        String drawable = spelledOut(text);
        List<Run> runs = new ArrayList<>(1);
        StringBuilder run = new StringBuilder(drawable.length());
        boolean inFallback = false;
        for (int i = 0; i < drawable.length(); ) {
            int cp = drawable.codePointAt(i);
            i += Character.charCount(cp);
            boolean useFallback = !primaryFile.draws(cp);
            if (useFallback != inFallback && run.length() > 0) {
                runs.add(new Run(inFallback ? fallback.get() : primary.get(), run.toString()));
                run.setLength(0);
            }
            inFallback = useFallback;
            run.appendCodePoint(cp);
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
