package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.springframework.stereotype.Service;

/**
 * Renders the PRG's report of the cases it considered in a period: totals, then one row per case,
 * on landscape A4 pages that repeat the table's header row. Cases appear by reference and
 * pseudonym only.
 */
@Service
public class PrgReportPdf {

    static final String NONE = "—";
    static final java.time.format.DateTimeFormatter SHORT_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public PrgReportPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(PrgReport report) {
        String period = DecisionRecordPdf.date(report.from()) + " to " + DecisionRecordPdf.date(report.to());
        String title = "PRG report: cases considered " + period;
        try (FlowDocument flow = new FlowDocument(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), "PRG report · " + period)) {
            Blocks blocks = new Blocks(flow);
            blocks.title("Cases considered by the Practice Review Group", period + " · " + report.boardName());
            totals(flow, blocks, report);
            blocks.heading("Cases");
            new CaseTable(flow).draw(report.cases());
            meetings(flow, blocks, report);
            trackingDates(flow, blocks, report);
            return flow.finish("PRG report · " + period + " · " + report.boardName(),
                    new DocumentMetadata(title, report.boardName(),
                            "The cases the Practice Review Group considered and how they were decided",
                            ZonedDateTime.now(clock.withZone(LONDON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(FlowDocument flow, Blocks blocks, PrgReport report) throws IOException {
        blocks.heading("Totals");
        PDStructureElement table = flow.tagging().element(StandardStructureTypes.TABLE);
        long decided = report.decided();
        blocks.field(table, "Cases considered", String.valueOf(report.cases().size()));
        blocks.field(table, "Decided", decided + " (" + (report.cases().size() - decided) + " awaiting a decision)");
        blocks.field(table, "Decided within one month",
                report.count(DeadlineStatus.MET, false) + " of " + decided);
        long notices = report.cases().size() - report.count(DeadlineStatus.NOT_APPLICABLE, true);
        blocks.field(table, "Panel told within 14 days",
                report.count(DeadlineStatus.MET, true) + " of " + notices + " where required");
        blocks.field(table, "Average days to decision", report.averageDaysToDecision().isPresent()
                ? String.format(java.util.Locale.UK, "%.1f", report.averageDaysToDecision().getAsDouble()) : NONE);
    }

    /** The PRG meeting each case was considered at: the business unit's "group meeting" date. */
    private static void meetings(FlowDocument flow, Blocks blocks, PrgReport report) throws IOException {
        List<PrgCase> atMeetings = report.cases().stream().filter(c -> c.meetings() != null).toList();
        if (atMeetings.isEmpty()) {
            return;
        }
        blocks.heading("Meetings at which the cases were considered");
        PDStructureElement table = flow.tagging().element(StandardStructureTypes.TABLE);
        for (PrgCase c : atMeetings) {
            blocks.field(table, c.reference().value(), c.meetings());
        }
    }

    /** The business unit's dates of each case, from referral to the chair's decision, one line per case. */
    private static void trackingDates(FlowDocument flow, Blocks blocks, PrgReport report) throws IOException {
        List<PrgCase> dated = report.cases().stream().filter(c -> !c.trackingDates().isEmpty()).toList();
        if (dated.isEmpty()) {
            return;
        }
        blocks.heading("Tracking dates");
        PDStructureElement table = flow.tagging().element(StandardStructureTypes.TABLE);
        for (PrgCase c : dated) {
            blocks.field(table, c.reference().value(), String.join("; ", c.trackingDates().stream()
                    .map(d -> d.label() + ": " + d.value()).toList()));
        }
    }

    /** A case as the table shows it, one string per column. */
    static List<String> cells(PrgCase c) {
        return List.of(c.reference().value(), orNone(c.pseudonym()), c.purpose(), c.criteriaResult(),
                orNone(c.recommendation()), orNone(c.decision()), c.decisionDate() == null ? NONE : c.decisionDate().format(SHORT_DATE),
                c.daysToDecision().isPresent() ? String.valueOf(c.daysToDecision().getAsLong()) : NONE,
                c.decisionDeadline().label(), c.nationalPanelNotice().label());
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
