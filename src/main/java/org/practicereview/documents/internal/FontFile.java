package org.practicereview.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType file from the classpath, read on first use and kept: its bytes (without GSUB, see
 * {@link Fonts}) for embedding, and its character map to ask which characters it can draw.
 */
final class FontFile {

    private final String resource;
    private byte[] bytes;
    private CmapLookup characters;

    FontFile(String resource) {
        this.resource = resource;
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = Fonts.withoutTable(read(resource), "GSUB");
        }
        return bytes;
    }

    boolean draws(int codePoint) {
        return characters().getGlyphId(codePoint) > 0;
    }

    private synchronized CmapLookup characters() {
        if (characters == null) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
                characters = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return characters;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
