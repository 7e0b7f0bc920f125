package org.practicereview.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Whether uploaded bytes are a PDF the board can publish: not empty, within the size limit, starting
 * with the PDF signature, not encrypted, free of scripts, launch actions and attachments
 * ({@link PdfActiveContent}), and parsed in full by PDFBox within a memory budget and a time limit
 * (a small file can inflate to gigabytes). Messages are for the person uploading and never quote
 * the file.
 */
public final class PdfUploadCheck {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private static final String UNREADABLE = "The selected file could not be read as a PDF: it may be damaged or "
            + "incomplete; save it as a PDF again and upload it";

    static final String TOO_COMPLEX = "The selected file is too large or complex to check once opened: reduce its "
            + "images or split it, save it as a PDF again and upload it";

    /**
     * What reading one upload may take: memory for decoded streams, the decoded size of its
     * non-image streams (content, fonts, forms: what text extraction reads; a few kilobytes can
     * inflate to gigabytes), and wall-clock time.
     */
    static final long MAX_MEMORY_BYTES = 128L * 1024 * 1024;
    static final long MAX_DECODED_BYTES = 128L * 1024 * 1024;
    static final long MAX_MILLIS = 20_000;
    private static final List<String> IMAGE_FILTERS = List.of("DCTDecode", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode");

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
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache)) {
            if (pdf.isEncrypted()) {
                return Optional.of("The selected file is password protected or encrypted: upload a PDF without a password");
            }
            if (pdf.getNumberOfPages() == 0) {
                return Optional.of("The selected file has no pages");
            }
            long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
            List<COSStream> streams = new ArrayList<>();
            Optional<String> active = PdfActiveContent.find(pdf, streams::add);
            if (active.isPresent()) {
                return active;
            }
            decodeWithinLimits(streams, deadline);
            new DeadlineStripper(deadline).getText(pdf);
            return Optional.empty();
        } catch (TooComplex e) {
            return Optional.of(TOO_COMPLEX);
        } catch (InvalidPasswordException e) {
            return Optional.of("The selected file is password protected or encrypted: upload a PDF without a password");
        } catch (IOException e) {
            return Optional.of(memoryExceeded(e) ? TOO_COMPLEX : UNREADABLE);
        } catch (RuntimeException | OutOfMemoryError e) {
            return Optional.of(UNREADABLE);
        }
    }

    /** Inflates every stream text extraction may read, counting, and gives up past the limits. */
    private static void decodeWithinLimits(List<COSStream> streams, long deadline) throws IOException {
        long decoded = 0;
        byte[] buffer = new byte[64 * 1024];
        for (COSStream stream : streams) {
            if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            try (InputStream in = new PDStream(stream).createInputStream(IMAGE_FILTERS)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    decoded += n;
                    if (decoded > MAX_DECODED_BYTES || System.nanoTime() > deadline) {
                        throw new TooComplex();
                    }
                }
            }
        }
    }

    private static boolean memoryExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("maximum allowed")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the text as the anonymisation check will, stopping once the time is up. */
    private static final class DeadlineStripper extends PDFTextStripper {

        private final long deadline;
        private int glyphs;

        DeadlineStripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            if ((++glyphs & 0x3FF) == 0 && System.nanoTime() > deadline) {
                throw new TooComplex();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new TooComplex();
            }
            super.startPage(page);
        }
    }

    private static final class TooComplex extends RuntimeException {
        TooComplex() {
            super(null, null, false, false);
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
