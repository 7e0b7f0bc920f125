package org.practicereview.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether uploaded bytes are a PDF the board can publish: not empty, within the size limit, starting
 * with the PDF signature, not encrypted, and parsed in full by PDFBox. Messages are for the person
 * uploading and never quote the file.
 */
public final class PdfUploadCheck {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final String UNREADABLE = "The selected file could not be read as a PDF: it may be damaged or "
            + "incomplete; save it as a PDF again and upload it";

    private PdfUploadCheck() {}

    /** The problem with the file, if any, as a GOV.UK error message. */
    public static Optional<String> problem(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.of("The selected file is empty");
        }
        if (bytes.length > maxBytes) {
            return Optional.of("The selected file must be smaller than " + maxBytes / (1024 * 1024) + " MB");
        }
        if (bytes.length < SIGNATURE.length || !Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            return Optional.of("The selected file must be a PDF");
        }
        if (!endsWithEndOfFile(bytes)) {
            return Optional.of(UNREADABLE);
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) {
                return Optional.of("The selected file is password protected or encrypted: upload a PDF without a password");
            }
            if (pdf.getNumberOfPages() == 0) {
                return Optional.of("The selected file has no pages");
            }
            new PDFTextStripper().getText(pdf);
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of("The selected file is password protected or encrypted: upload a PDF without a password");
        } catch (IOException | RuntimeException e) {
            return Optional.of(UNREADABLE);
        }
    }

    /** A PDF ends with its end-of-file marker (followed by at most a little whitespace); a cut-off upload does not. */
    private static boolean endsWithEndOfFile(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** The text of each page of a PDF that passed {@link #problem}, in page order. */
    public static List<String> pageTexts(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        } catch (IOException e) {
            throw new IllegalStateException("A stored PDF could not be read", e);
        }
    }
}
