package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Documents as the browser's signed-in user downloads them: fetched with its session cookie, so the
 * same access rules apply, read back as a reader would (PDFBox for a PDF, Commons CSV for a CSV) and
 * scanned for internal codes like every page.
 */
final class Downloads {

    private final String base;
    private final String cookies;
    private final BiConsumer<String, String> scan;

    Downloads(String base, String cookies, BiConsumer<String, String> scan) {
        this.base = base;
        this.cookies = cookies;
        this.scan = scan;
    }

    /** The document's bytes, checked to be a download that worked. */
    byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("download of %s", path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a downloaded PDF. */
    String pdfText(String path) {
        try (PDDocument pdf = Loader.loadPDF(bytes(path))) {
            String text = new PDFTextStripper().getText(pdf);
            scan.accept(path, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A downloaded CSV's columns meant for people, named {@code *_in_words}: the others keep the
     * stored codes for machines and auditors on purpose, and are not scanned.
     */
    List<String> csvWords(String path) {
        String csv = new String(bytes(path), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<String> inWords = parser.getHeaderNames().stream().filter(h -> h.endsWith("_in_words")).toList();
            assertThat(inWords).as("columns in words in %s", path).isNotEmpty();
            List<String> values = new ArrayList<>();
            parser.forEach(row -> inWords.forEach(h -> values.add(row.get(h))));
            scan.accept(path, String.join("\n", values));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
