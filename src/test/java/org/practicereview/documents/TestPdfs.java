package org.practicereview.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs for upload tests: one page per text, plain or encrypted. */
public final class TestPdfs {

    private TestPdfs() {}

    public static byte[] withPages(String... pages) {
        return make(false, pages);
    }

    public static byte[] encrypted(String... pages) {
        return make(true, pages);
    }

    /** A PNG's signature and a little more: an image renamed to .pdf. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    /** A one-page PDF whose catalogue (document root) the caller changes before it is saved. */
    public static byte[] withCatalogue(java.util.function.Consumer<org.apache.pdfbox.cos.COSDictionary> change) {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(withPages("A report"))) {
            change.accept(pdf.getDocumentCatalog().getCOSObject());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PDF whose one page's content stream inflates to {@code decodedBytes} of spaces. */
    public static byte[] withInflatingPage(int decodedBytes) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            org.apache.pdfbox.cos.COSStream content = pdf.getDocument().createCOSStream();
            try (java.io.OutputStream out = content.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1024 * 1024];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int written = 0; written < decodedBytes; written += spaces.length) {
                    out.write(spaces, 0, Math.min(spaces.length, decodedBytes - written));
                }
            }
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] make(boolean encrypt, String... pages) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    stream.beginText();
                    stream.setFont(font, 11);
                    stream.newLineAtOffset(50, 700);
                    for (String line : text.split("\n")) {
                        stream.showText(line);
                        stream.newLineAtOffset(0, -14);
                    }
                    stream.endText();
                }
            }
            if (encrypt) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
