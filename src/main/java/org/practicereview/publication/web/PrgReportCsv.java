package org.practicereview.publication.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practicereview.documents.PrgCase;
import org.practicereview.documents.PrgReport;
import org.practicereview.documents.TrackingDate;
import org.practicereview.shared.CsvExport;

/**
 * The PRG report as a spreadsheet: one row per case, the same columns as the PDF's table, the meetings
 * that considered it, then one column per tracking date, all in words.
 */
final class PrgReportCsv {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> COLUMNS = List.of("Reference", "Pseudonym", "Purpose", "Criteria result",
            "Recommendation", "Decision", "Referral date", "Decision date", "Decided within one month",
            "National panel told within 14 days", "Considered at");

    private PrgReportCsv() {}

    static String of(PrgReport report) {
        List<String> dateLabels = report.cases().stream().findFirst()
                .map(c -> c.trackingDates().stream().map(TrackingDate::label).toList()).orElse(List.of());
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(dateLabels);
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, header);
        for (PrgCase c : report.cases()) {
            List<String> row = new ArrayList<>(List.of(c.reference().value(), n(c.pseudonym()), c.purpose(), c.criteriaResult(),
                    n(c.recommendation()), n(c.decision()), c.referralDate().format(DAY),
                    c.decisionDate() == null ? "" : c.decisionDate().format(DAY), c.decisionDeadline().label(),
                    c.nationalPanelNotice().label(), n(c.meetings())));
            dateLabels.forEach(label -> row.add(c.trackingDates().stream().filter(d -> d.label().equals(label))
                    .map(TrackingDate::value).findFirst().orElse("")));
            csv.row(row);
        }
        csv.flush();
        return out.toString();
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
