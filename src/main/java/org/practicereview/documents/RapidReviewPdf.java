package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.RapidReviewDocument.Field;
import org.practicereview.documents.RapidReviewDocument.Section;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.springframework.stereotype.Service;

/**
 * Renders a rapid review for the national panel: A4, tagged, fonts embedded, as many pages as the text needs,
 * each with the case reference at the top and "Page n of m" at the foot.
 */
@Service
public class RapidReviewPdf {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public RapidReviewPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(RapidReviewDocument document) {
        String reference = document.reference().value();
        try (FlowDocument flow = new FlowDocument(PDRectangle.A4, "Rapid review · " + reference)) {
            Blocks blocks = new Blocks(flow);
            blocks.title("Rapid review", "Case " + reference + " · " + document.boardName());
            for (Section section : document.sections()) {
                section(flow, blocks, section);
            }
            return flow.finish("Rapid review · " + reference + " · " + document.boardName(),
                    new DocumentMetadata("Rapid review – " + reference, document.boardName(),
                            "The safeguarding partners' rapid review of case " + reference, ZonedDateTime.now(clock.withZone(LONDON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(FlowDocument flow, Blocks blocks, Section section) throws IOException {
        blocks.heading(section.heading());
        PDStructureElement table = null;
        for (Field field : section.fields()) {
            String value = field.value() == null || field.value().isBlank() ? "—" : field.value();
            if (field.text()) {
                blocks.text(field.label(), value);
                table = null;
            } else {
                if (table == null) {
                    table = flow.tagging().element(StandardStructureTypes.TABLE);
                }
                blocks.field(table, field.label(), value);
            }
        }
    }
}
