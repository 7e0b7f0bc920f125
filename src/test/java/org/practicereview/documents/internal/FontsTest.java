package org.practicereview.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void leavesOutTheGlyphSubstitutionTableAndKeepsEveryOther() throws IOException {
        byte[] original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
            original = in.readAllBytes();
        }

        byte[] stripped = Fonts.withoutTable(original, "GSUB");

        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
        }
    }

    @Test
    void loadsEachFaceOnceForADocumentAsAnEmbeddedSubset() {
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(pdf);
            PDType0Font regular = (PDType0Font) fonts.regular().primary();

            assertThat(fonts.regular().primary()).isSameAs(regular);
            assertThat(regular.willBeSubset()).isTrue();
            assertThat(regular.getName()).isEqualTo("LiberationSans");
            assertThat(fonts.bold().primary().getName()).isEqualTo("LiberationSans-Bold");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void wrapsByMeasuredWidthKeepingParagraphsAndBreakingOverlongWords() {
        try (PDDocument pdf = new PDDocument()) {
            Typeface font = new Fonts(pdf).regular();
            float width = TextLayout.width(font, 10, "abcdefghij");

            assertThat(TextLayout.wrap("abc def ghi jkl", font, 10, width)).containsExactly("abc def", "ghi jkl");
            assertThat(TextLayout.wrap("one\n\ntwo", font, 10, width)).containsExactly("one", "", "two");
            assertThat(TextLayout.wrap("abcdefghijklmnop", font, 10, width)).containsExactly("abcdefghij", "klmnop");
            assertThat(TextLayout.wrap("Ŵ\r\nŷ", font, 10, width)).containsExactly("Ŵ", "ŷ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void setsWhatLiberationLacksInDejaVuAndReplacesWhatNoFontDraws() {
        try (PDDocument pdf = new PDDocument()) {
            Fonts fonts = new Fonts(pdf);

            List<Typeface.Run> runs = fonts.regular().runs("Tick ✓ 😀 🙂 中\uFE0F.");

            assertThat(runs).extracting(run -> run.font().getName(), Typeface.Run::text).containsExactly(
                    tuple("LiberationSans", "Tick "), tuple("DejaVuSans", "✓"), tuple("LiberationSans", " "),
                    tuple("DejaVuSans", "😀"), tuple("LiberationSans", " [slightly smiling face] [cjk unified ideographs 4e2d]."));
            assertThat(fonts.replaced()).containsExactly(0x4E2D, 0x1F642);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void measuresReplacedCharactersAsTheReplacementIsSet() {
        try (PDDocument pdf = new PDDocument()) {
            Typeface font = new Fonts(pdf).regular();

            assertThat(TextLayout.width(font, 10, "a🙂b")).isEqualTo(TextLayout.width(font, 10, "a[slightly smiling face]b"));
            assertThat(TextLayout.width(font, 10, "a\u0000b")).isEqualTo(TextLayout.width(font, 10, "a[null]b"));
            assertThat(TextLayout.wrap("Sad 🫠 today", font, 10, 60)).as("wrapped as it is set")
                    .containsExactly("Sad [melting", "face] today");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
