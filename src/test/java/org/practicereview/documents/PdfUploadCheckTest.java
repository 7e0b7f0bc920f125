package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
}
