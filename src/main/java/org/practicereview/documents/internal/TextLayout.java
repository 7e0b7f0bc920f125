package org.practicereview.documents.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a measured width. Paragraphs split on line breaks, words on spaces; a word wider
 * than the line is broken between characters. Nothing is dropped: a character no font can draw
 * is measured, and later set, as the {@link Typeface}'s visible replacement.
 */
public final class TextLayout {

    public static final float LEADING = 1.25f;

    private TextLayout() {
    }

    /** Canonical composition (so e + combining acute is é), one kind of line break, tabs as spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    }

    public static float lineHeight(float size) {
        return size * LEADING;
    }

    public static float width(Typeface font, float size, String text) {
        return font.width(size, text);
    }

    /** The lines of the text at this width; an empty paragraph stays as an empty line. */
    public static List<String> wrap(String text, Typeface font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : normalise(text).split("\n", -1)) {
            // Wrapped as it will be set: a character no font draws takes the room of its name.
            wrapParagraph(font.spelledOut(paragraph).strip(), font, size, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, Typeface font, float size, float maxWidth, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float space = width(font, size, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = width(font, size, word);
            if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                lineWidth = breakWord(word, font, size, maxWidth, lines, line);
            }
        }
        lines.add(line.toString());
    }

    /** Adds the full-width pieces of a long word to the lines and leaves the rest in {@code rest}. */
    private static float breakWord(String word, Typeface font, float size, float maxWidth, List<String> lines,
            StringBuilder rest) {
        float restWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            float glyphWidth = width(font, size, glyph);
            if (rest.length() > 0 && restWidth + glyphWidth > maxWidth) {
                lines.add(rest.toString());
                rest.setLength(0);
                restWidth = 0;
            }
            rest.append(glyph);
            restWidth += glyphWidth;
            i += Character.charCount(cp);
        }
        return restWidth;
    }
}
