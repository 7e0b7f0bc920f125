package org.practicereview.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.SortedSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Title, author, subject, dates and language, in the info dictionary and as XMP; and, when some
 * character could not be drawn in any embedded font, which ones were spelled out by name in brackets
 * (code points only, never the text around them).
 */
public record DocumentMetadata(String title, String author, String subject, ZonedDateTime created) {

    public static final String LANGUAGE = "en-GB";
    /** The info dictionary key that lists the replaced characters. */
    public static final String REPLACED_CHARACTERS = "ReplacedCharacters";
    private static final String PRODUCER = "Practice Review";

    public void applyTo(PDDocument pdf) throws IOException {
        applyTo(pdf, Collections.emptySortedSet());
    }

    public void applyTo(PDDocument pdf, SortedSet<Integer> replaced) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (!replaced.isEmpty()) {
            info.setCustomMetadataValue(REPLACED_CHARACTERS, replaced(replaced));
        }
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(created));
        info.setModificationDate(GregorianCalendar.from(created));

        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private String xmp() {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** "U+1F642 U+4E2D shown by their Unicode names in brackets (no embedded font draws them)". */
    static String replaced(SortedSet<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        for (int cp : codePoints) {
            text.append(String.format("U+%04X ", cp));
        }
        return text + "shown by their Unicode names in brackets (no embedded font draws them)";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
