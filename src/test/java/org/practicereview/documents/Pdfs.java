package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading PDFs back the way a reader or an auditor would. */
final class Pdfs {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-14T10:15:00Z"), ZoneOffset.UTC);

    private Pdfs() {
    }

    static PDDocument load(byte[] bytes) {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text in reading order by position on the page, whitespace runs as single spaces. */
    static String text(byte[] bytes) {
        return strip(bytes, true);
    }

    /** Text in the order it was drawn, which is the logical order of sections. */
    static String textAsDrawn(byte[] bytes) {
        return strip(bytes, false);
    }

    private static String strip(byte[] bytes, boolean byPosition) {
        try (PDDocument pdf = load(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(byte[] bytes, int page) {
        try (PDDocument pdf = load(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] bytes) {
        try (PDDocument pdf = load(bytes)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** Every font embedded as a subset, none of them a standard-14 font. */
    static void assertFontsEmbeddedAndSubset(byte[] bytes) throws IOException {
        try (PDDocument pdf = load(bytes)) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+(LiberationSans|DejaVuSans).*");
                assertThat(font.isStandard14()).as("%s standard 14", font.getName()).isFalse();
            });
        }
    }

    static void assertMetadata(byte[] bytes, String title, String author) throws IOException {
        try (PDDocument pdf = load(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(author);
            assertThat(pdf.getDocumentInformation().getSubject()).isNotBlank();
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<dc:title>").contains(escapeXml(title)).contains("en-GB");
        }
    }

    /** The characters the document lists as shown as a replacement, or null if none. */
    static String replacedCharacters(byte[] bytes) {
        try (PDDocument pdf = load(bytes)) {
            return pdf.getDocumentInformation().getCustomMetadataValue("ReplacedCharacters");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Every marked-content sequence with an MCID on every page is claimed by a structure element
     * through the parent tree, and the text inside it is what that element holds.
     */
    static void assertEveryMarkedSequenceBelongsToTheStructure(byte[] bytes) throws IOException {
        try (PDDocument pdf = load(bytes)) {
            var parentTree = pdf.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getCOSDictionary(COSName.PARENT_TREE).getCOSArray(COSName.NUMS);
            for (PDPage page : pdf.getPages()) {
                var extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
                extractor.processPage(page);
                var parents = (org.apache.pdfbox.cos.COSArray) parentTree.getObject(2 * page.getStructParents() + 1);
                List<Integer> mcids = new ArrayList<>();
                extractor.getMarkedContents().forEach(content -> {
                    if (content.getMCID() >= 0) {
                        mcids.add(content.getMCID());
                        assertThat(content.getContents()).as("MCID %d draws something", content.getMCID())
                                .isNotEmpty();
                    }
                });
                assertThat(mcids).as("MCIDs on page").hasSize(parents.size())
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, parents.size()).boxed().toList());
                for (int i = 0; i < parents.size(); i++) {
                    assertThat(parents.getObject(i)).as("parent of MCID %d", i)
                            .isInstanceOf(org.apache.pdfbox.cos.COSDictionary.class);
                    assertThat(((org.apache.pdfbox.cos.COSDictionary) parents.getObject(i)).getNameAsString(COSName.S))
                            .isNotBlank();
                }
            }
        }
    }

    /** Renders a page at 100 dpi to target/rendered, for a person to look at. */
    static Path png(byte[] bytes, int pageIndex, String name) throws IOException {
        try (PDDocument pdf = load(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(pageIndex, 100);
            Path file = Path.of("target", "rendered", name);
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        }
    }
}
