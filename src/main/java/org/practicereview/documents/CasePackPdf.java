package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Service;

/**
 * Renders a PRG meeting's case pack: the meeting, then each tabled case's file as the member may see
 * it, marked confidential on its first page and in every page's footer; fonts embedded, tagged.
 */
@Service
public class CasePackPdf {

    /** One case of the pack: its reference and the sections of its file the member may see, in words. */
    public record PackCase(String caseReference, List<CaseFileSection> sections) {}

    public record Pack(String boardName, String meetingTitle, String when, String place, String preparedFor, List<PackCase> cases) {}

    static final String CONFIDENTIAL = "Confidential";

    private final Clock clock;

    public CasePackPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(Pack pack) {
        String title = "Case pack: " + pack.meetingTitle();
        try (FlowDocument flow = new FlowDocument(PDRectangle.A4, title)) {
            Blocks blocks = new Blocks(flow);
            blocks.title(title, CONFIDENTIAL + " · " + pack.boardName() + " · " + pack.when() + " · " + pack.place());
            blocks.notice(CONFIDENTIAL, "For " + pack.preparedFor() + ", invited to this meeting, and no one else. "
                    + "Do not copy or forward it; destroy it after the meeting.");
            if (pack.cases().isEmpty()) {
                blocks.text("Cases", "No case is tabled at this meeting yet.");
            }
            for (PackCase c : pack.cases()) {
                blocks.heading(c.caseReference());
                for (CaseFileSection section : c.sections()) {
                    section(blocks, section);
                }
            }
            return flow.finish(CONFIDENTIAL + " · " + title + " · " + pack.boardName(), new DocumentMetadata(title,
                    pack.boardName(), "The cases of a practice review group meeting, confidential",
                    ZonedDateTime.now(clock.withZone(GovDates.UK))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(Blocks blocks, CaseFileSection section) throws IOException {
        if (!(section.model() instanceof CaseFileSection.Parts parts)) {
            return;
        }
        if (parts.parts().isEmpty()) {
            blocks.text(section.title(), parts.empty());
            return;
        }
        for (CaseFileSection.Part part : parts.parts()) {
            String heading = section.title() + (part.heading() == null ? "" : ": " + part.heading());
            StringBuilder text = new StringBuilder();
            if (part.byline() != null) {
                text.append(part.byline()).append('\n');
            }
            for (CaseFileSection.Row row : part.rows()) {
                text.append(row.label()).append(": ").append(row.value() == null ? "" : row.value()).append('\n');
            }
            blocks.text(heading, text.toString().strip().isEmpty() ? "Nothing recorded." : text.toString().strip());
        }
    }
}
