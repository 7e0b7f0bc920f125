package org.practicereview.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.practicereview.documents.internal.DocumentMetadata;
import org.springframework.stereotype.Service;

/**
 * Renders the 7 minute briefing of a published review: one A4 page, tagged, with Liberation Sans
 * (DejaVu Sans for what it lacks) embedded as subsets. Text over a section's limit is refused, never cut.
 */
@Service
public class BriefingPdf {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public BriefingPdf(Clock clock) {
        this.clock = clock;
    }

    /**
     * A character no embedded font draws is shown as a replacement and listed in the metadata.
     *
     * @throws DocumentTooLongException naming the first section that does not fit
     */
    public byte[] render(BriefingDocument briefing) {
        BriefingFit.firstTooLong(briefing).ifPresent(fit -> {
            throw new DocumentTooLongException(fit.section());
        });
        try (PDDocument pdf = new PDDocument()) {
            BriefingPage page = new BriefingPage(pdf, briefing);
            page.draw();
            new DocumentMetadata(briefing.title().strip(), briefing.boardName().strip(),
                    "7 minute briefing: the learning from " + briefing.title().strip(),
                    ZonedDateTime.now(clock.withZone(LONDON))).applyTo(pdf, page.replaced());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
