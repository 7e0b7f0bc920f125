package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.springframework.stereotype.Service;

/**
 * Renders an auditor's export of a case timeline: a title, the verification result, then one
 * labelled entry per event (when, who, what; then the details), in the embedded Liberation font.
 */
@Service
public class TimelinePdf {

    /** One timeline entry, already formatted by the caller. */
    public record Entry(String heading, String details) {}

    /** What the export shows: title, a line on how it was filtered, the verification, and the entries. */
    public record Timeline(String caseReference, String boardName, String filters, String verification, List<Entry> entries) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public TimelinePdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(Timeline t) {
        String title = "Case timeline " + t.caseReference();
        try (FlowDocument flow = new FlowDocument(PDRectangle.A4, title)) {
            Blocks blocks = new Blocks(flow);
            blocks.title(title, t.boardName() + " · " + t.entries().size() + " entries · " + t.filters());
            blocks.text("Verification of the trail", t.verification());
            blocks.heading("Timeline");
            for (Entry e : t.entries()) {
                blocks.text(e.heading(), e.details() == null || e.details().isBlank() ? "—" : e.details());
            }
            return flow.finish(title + " · " + t.boardName(), new DocumentMetadata(title, t.boardName(),
                    "The decision trail and engine history of a case, for audit", ZonedDateTime.now(clock.withZone(LONDON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
