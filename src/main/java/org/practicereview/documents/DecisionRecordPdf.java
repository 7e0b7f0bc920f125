package org.practicereview.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.practicereview.documents.internal.Blocks;
import org.practicereview.documents.internal.DocumentMetadata;
import org.practicereview.documents.internal.FlowDocument;
import org.springframework.stereotype.Service;

/**
 * Renders the chair's decision record of a case: A4, as many pages as the text needs, each with
 * the case reference at the top and "Page n of m" at the foot.
 */
@Service
public class DecisionRecordPdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String DEPARTS = "Departs from the criteria result";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    public DecisionRecordPdf(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(DecisionRecord record) {
        String reference = record.reference().value();
        String title = "Decision record – " + reference;
        try (FlowDocument flow = new FlowDocument(PDRectangle.A4, "Chair’s decision record · " + reference)) {
            Blocks blocks = new Blocks(flow);
            blocks.title("Chair’s decision record", "Case " + reference + " · " + record.boardName());
            dates(flow, blocks, record);
            criteria(flow, blocks, record);
            recommendation(flow, blocks, record);
            decision(flow, blocks, record);
            blocks.heading("Decided by");
            PDStructureElement who = table(flow);
            blocks.field(who, "Name", record.decidedBy());
            blocks.field(who, "Role", record.decidedByRole());
            return flow.finish("Decision record · " + reference + " · " + record.boardName(),
                    new DocumentMetadata(title, record.boardName(), "The chair's decision on case " + reference,
                            ZonedDateTime.now(clock.withZone(LONDON))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dates(FlowDocument flow, Blocks blocks, DecisionRecord record) throws IOException {
        blocks.heading("Dates");
        PDStructureElement table = table(flow);
        blocks.field(table, "Referral received", date(record.referralDate()));
        blocks.field(table, "Decision made", date(record.decisionDate()) + " (" + record.daysFromReferral()
                + " days after referral)");
        blocks.field(table, "Decision due by", date(record.decisionDeadline()) + " (one month after referral)");
        blocks.field(table, "Deadline", deadline(record), record.deadline() == DeadlineStatus.MISSED);
    }

    private static void criteria(FlowDocument flow, Blocks blocks, DecisionRecord record) throws IOException {
        blocks.heading("Criteria");
        PDStructureElement table = table(flow);
        blocks.field(table, "Criteria set", record.criteriaSet() + ", version " + record.criteriaVersion());
        blocks.field(table, "Result", record.criteriaResult());
        blocks.field(table, "Rule that matched", orNone(record.matchedRule()));
        blocks.text("Why the rule matched", orNone(record.matchedRuleReason()));
    }

    private static void recommendation(FlowDocument flow, Blocks blocks, DecisionRecord record) throws IOException {
        blocks.heading("PRG recommendation");
        blocks.field(table(flow), "Recommendation", orNone(record.prgRecommendation()));
        blocks.text("Rationale", orNone(record.prgRationale()));
    }

    private static void decision(FlowDocument flow, Blocks blocks, DecisionRecord record) throws IOException {
        blocks.heading("Decision");
        PDStructureElement table = table(flow);
        blocks.field(table, "Decision", record.decisionOption());
        blocks.field(table, "Review type", orNone(record.reviewType()));
        if (record.departsFromCriteriaResult()) {
            blocks.notice(DEPARTS, record.departureReason());
        }
        blocks.text("Rationale", record.rationale());
    }

    private static PDStructureElement table(FlowDocument flow) {
        return flow.tagging().element(StandardStructureTypes.TABLE);
    }

    private static String deadline(DecisionRecord record) {
        if (record.deadline() == DeadlineStatus.MET) {
            return "Met";
        }
        long late = ChronoUnit.DAYS.between(record.decisionDeadline(), record.decisionDate());
        return "Missed by " + late + (late == 1 ? " day" : " days");
    }

    static String date(LocalDate date) {
        return date == null ? "—" : date.format(DATE);
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
