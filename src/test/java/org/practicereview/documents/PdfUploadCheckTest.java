package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

/** Only a readable, unencrypted PDF within the limit passes; each refusal says why in plain words. */
class PdfUploadCheckTest {

    static final long LIMIT = 20L * 1024 * 1024;

    @Test
    void acceptsAPdfAndReadsItsTextPageByPage() {
        byte[] pdf = TestPdfs.withPages("Page one", "Page two");

        assertThat(PdfUploadCheck.problem(pdf, LIMIT)).isEmpty();
        assertThat(PdfUploadCheck.pageTexts(pdf)).hasSize(2).satisfies(p -> assertThat(p.get(1)).contains("Page two"));
    }

    @Test
    void refusesEmptyNotAPdfARenamedImageOverTheLimitEncryptedAndTruncated() {
        byte[] good = TestPdfs.withPages("The final report");
        byte[] oversize = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), (int) LIMIT + 1);

        assertThat(PdfUploadCheck.problem(new byte[0], LIMIT)).hasValue("The selected file is empty");
        assertThat(PdfUploadCheck.problem("Just some text".getBytes(StandardCharsets.UTF_8), LIMIT))
                .hasValue("The selected file must be a PDF");
        assertThat(PdfUploadCheck.problem(TestPdfs.png(), LIMIT)).hasValue("The selected file must be a PDF");
        assertThat(PdfUploadCheck.problem(oversize, LIMIT)).hasValue("The selected file must be smaller than 20 MB");
        assertThat(PdfUploadCheck.problem(TestPdfs.encrypted("Secret"), LIMIT)).get().asString()
                .startsWith("The selected file is password protected");
        assertThat(PdfUploadCheck.problem(Arrays.copyOf(good, good.length / 2), LIMIT)).get().asString()
                .startsWith("The selected file could not be read as a PDF");
        byte[] garbage = ("%PDF-1.7\nnot really a pdf at all\n%%EOF").getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfUploadCheck.problem(garbage, LIMIT)).get().asString()
                .startsWith("The selected file could not be read as a PDF");
    }

    @Test
    void refusesJavaScriptALaunchActionAndAttachedFilesWhereverTheySit() {
        assertThat(PdfUploadCheck.problem(TestPdfs.withCatalogue(catalogue -> {
            COSDictionary script = new COSDictionary();
            script.setName(COSName.S, "JavaScript");
            script.setString(COSName.JS, "app.alert('hello')");
            catalogue.setItem(COSName.OPEN_ACTION, script);
        }), LIMIT)).hasValue(PdfActiveContent.SCRIPT);
        assertThat(PdfUploadCheck.problem(TestPdfs.withCatalogue(catalogue -> {
            COSDictionary launch = new COSDictionary();
            launch.setName(COSName.S, "Launch");
            launch.setString(COSName.F, "calc.exe");
            COSDictionary link = new COSDictionary();
            link.setName(COSName.SUBTYPE, "Link");
            link.setItem(COSName.A, launch);
            COSArray annotations = new COSArray();
            annotations.add(link);
            ((COSDictionary) ((COSDictionary) catalogue.getDictionaryObject(COSName.PAGES))
                    .getCOSArray(COSName.KIDS).getObject(0)).setItem(COSName.ANNOTS, annotations);
        }), LIMIT)).hasValue(PdfActiveContent.LAUNCH);
        assertThat(PdfUploadCheck.problem(TestPdfs.withCatalogue(catalogue -> {
            COSDictionary names = new COSDictionary();
            names.setItem(COSName.EMBEDDED_FILES, new COSDictionary());
            catalogue.setItem(COSName.NAMES, names);
        }), LIMIT)).hasValue(PdfActiveContent.ATTACHMENT);
    }

    @Test
    void acceptsAnOpenActionThatOnlyShowsTheFirstPageAndALinkToAWebsite() {
        assertThat(PdfUploadCheck.problem(TestPdfs.withCatalogue(catalogue -> {
            COSDictionary uri = new COSDictionary();
            uri.setName(COSName.S, "URI");
            uri.setString(COSName.URI, "https://example.org/report");
            catalogue.setItem(COSName.OPEN_ACTION, uri);
        }), LIMIT)).isEmpty();
    }

    @Test
    void refusesAPageThatInflatesBeyondTheLimitQuicklyAndPlainly() {
        byte[] bomb = TestPdfs.withInflatingPage((int) (PdfUploadCheck.MAX_DECODED_BYTES + 16 * 1024 * 1024));
        long started = System.nanoTime();

        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThat(PdfUploadCheck.problem(bomb, LIMIT)).hasValue(PdfUploadCheck.TOO_COMPLEX);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(PdfUploadCheck.MAX_MILLIS);
    }
}
