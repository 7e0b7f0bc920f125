package org.practicereview.publication.web;

import java.util.List;
import org.practicereview.shared.CsvExport;

/** The catalogue as CSV for spreadsheets (CsvExport makes a cell that would run as a formula inert). */
final class CatalogueCsv {

    static final List<String> HEADER = List.of("publication_month_year", "board", "pseudonym", "review_type", "title",
            "summary", "learning", "recommendations", "methodology", "themes", "page", "report",
            "executive_summary", "briefing", "briefing_pdf");

    private CatalogueCsv() {}

    static String of(List<CatalogueEntry> entries) {
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, HEADER);
        for (CatalogueEntry e : entries) {
            csv.row(e.publicationMonthYear(), e.board(), e.pseudonym(), e.reviewType(), e.title(), e.summary(), e.learning(),
                    e.recommendations(), e.methodology(), String.join("; ", e.themes()), e.page(), e.report(),
                    e.executiveSummary(), e.briefing(), e.briefingPdf());
        }
        return out.toString();
    }
}
