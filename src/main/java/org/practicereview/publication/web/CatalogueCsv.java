package org.practicereview.publication.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The catalogue as CSV (RFC 4180), with cells that a spreadsheet would run as a formula made inert. */
final class CatalogueCsv {

    static final List<String> HEADER = List.of("publication_month_year", "board", "pseudonym", "review_type", "title",
            "summary", "learning", "recommendations", "methodology", "themes", "page", "report",
            "executive_summary", "briefing", "briefing_pdf");

    private CatalogueCsv() {}

    static String of(List<CatalogueEntry> entries) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (CatalogueEntry e : entries) {
            csv.append(row(Stream.of(e.publicationMonthYear(), e.board(), e.pseudonym(), e.reviewType(), e.title(),
                    e.summary(), e.learning(), e.recommendations(), e.methodology(), String.join("; ", e.themes()),
                    e.page(), e.report(), e.executiveSummary(), e.briefing(), e.briefingPdf())));
        }
        return csv.toString();
    }

    private static String row(Stream<String> cells) {
        return cells.map(CatalogueCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
