package org.practicereview.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Sans from the classpath, read once; each document embeds its own subset. Nothing
 * comes from the operating system and no standard-14 font is ever used for text.
 *
 * <p>The fonts are read without their GSUB table. PDFBox would otherwise substitute glyphs
 * (ligatures such as "fi") and rebuild regular expressions for it on every line drawn, which made
 * a 200-case report allocate 400 MB; and one glyph per character keeps search and copy exact.
 */
public final class Fonts {

    public enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String file;

        Face(String style) {
            this.file = "liberation/LiberationSans-" + style + ".ttf";
        }
    }

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);

    static {
        for (Face face : Face.values()) {
            FILES.put(face, read(face.file));
        }
    }

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    public Fonts(PDDocument document) {
        this.document = document;
    }

    public PDType0Font regular() {
        return face(Face.REGULAR);
    }

    public PDType0Font bold() {
        return face(Face.BOLD);
    }

    public PDType0Font italic() {
        return face(Face.ITALIC);
    }

    /** Loaded on first use so that a document embeds only the faces it sets text in. */
    public PDType0Font face(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(FILES.get(f)), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A font for measuring only, outside any document that will be saved. */
    public static PDType0Font forMeasuring(PDDocument scratch, Face face) {
        return new Fonts(scratch).face(face);
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

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
