package org.practicereview.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans from the classpath, with DejaVu Sans behind it for the characters Liberation
 * lacks (see {@link Typeface}); each file is read once, and each document embeds subsets of the
 * faces it sets text in. Nothing comes from the operating system and no standard-14 font is ever
 * used for text.
 *
 * <p>The fonts are read without their GSUB table. PDFBox would otherwise substitute glyphs
 * (ligatures such as "fi") and rebuild regular expressions for it on every line drawn, which made
 * a 200-case report allocate 400 MB; and one glyph per character keeps search and copy exact.
 */
public final class Fonts {

    public enum Face {
        REGULAR("Regular", ""), BOLD("Bold", "-Bold"), ITALIC("Italic", "-Oblique"),
        BOLD_ITALIC("BoldItalic", "-BoldOblique");

        private final FontFile file;
        private final FontFile fallback;

        Face(String style, String dejaVuStyle) {
            this.file = new FontFile("liberation/LiberationSans-" + style + ".ttf");
            this.fallback = new FontFile("net/sf/jasperreports/fonts/dejavu/DejaVuSans" + dejaVuStyle + ".ttf");
        }
    }

    private final PDDocument document;
    private final IntConsumer replacements;
    private final SortedSet<Integer> replaced = new TreeSet<>();
    private final Map<Face, Typeface> typefaces = new EnumMap<>(Face.class);
    private final Map<FontFile, PDType0Font> loaded = new HashMap<>();

    public Fonts(PDDocument document) {
        this.document = document;
        this.replacements = replaced::add;
    }

    private Fonts(PDDocument document, IntConsumer replacements) {
        this.document = document;
        this.replacements = replacements;
    }

    public Typeface regular() {
        return face(Face.REGULAR);
    }

    public Typeface bold() {
        return face(Face.BOLD);
    }

    public Typeface italic() {
        return face(Face.ITALIC);
    }

    /** Each font file is loaded into the document on first use, so that it embeds only what it sets text in. */
    public Typeface face(Face face) {
        return typefaces.computeIfAbsent(face, f -> new Typeface(f.file, f.fallback, () -> load(f.file),
                () -> load(f.fallback), replacements));
    }

    /** The characters no font could draw, spelled out by name, in code point order. */
    public SortedSet<Integer> replaced() {
        return Collections.unmodifiableSortedSet(replaced);
    }

    /** A typeface for measuring only, outside any document that will be saved. */
    public static Typeface forMeasuring(PDDocument scratch, Face face) {
        return new Fonts(scratch, cp -> { }).face(face);
    }

    private synchronized PDType0Font load(FontFile file) {
        return loaded.computeIfAbsent(file, f -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(f.bytes()), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The font with one table left out of its table directory (its bytes stay, unreferenced). */
    static byte[] withoutTable(byte[] font, String tag) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        byte[] out = font.clone();
        java.nio.ByteBuffer directory = java.nio.ByteBuffer.wrap(out);
        int kept = 0;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String name = new String(font, record, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (!name.equals(tag)) {
                System.arraycopy(font, record, out, 12 + 16 * kept++, 16);
            }
        }
        if (kept == tables) {
            return font;
        }
        java.util.Arrays.fill(out, 12 + 16 * kept, 12 + 16 * tables, (byte) 0);
        int power = Integer.highestOneBit(kept);
        directory.putShort(4, (short) kept);
        directory.putShort(6, (short) (power * 16));
        directory.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        directory.putShort(10, (short) (kept * 16 - power * 16));
        return out;
    }
}
