package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.AnnualReportPdf.AnnualReport;
import org.practicereview.documents.AnnualReportPdf.Bar;
import org.practicereview.documents.AnnualReportPdf.Figure;

class AnnualReportPdfTest {

    private static final AnnualReport REPORT = new AnnualReport("Northshire Safeguarding Children Board", 2026, List.of(
            new Figure("Cases referred in 2026, by where they stand now", "Stage",
                    List.of(new Bar("Triage", 3), new Bar("Review", 12), new Bar("Published", 0))),
            new Figure("Uses of 7 minute briefings recorded for 2026, by agency", "Agency", List.of())));

    private final byte[] pdf = new AnnualReportPdf(Pdfs.CLOCK).render(REPORT);

    @Test
    void readsEveryFigureAsTextBesideItsLabel() {
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Practice reviews: the board's figures for 2026",
                "Cases referred in 2026, by where they stand now", "Stage Number", "Triage 3", "Review 12", "Published 0",
                "Uses of 7 minute briefings recorded for 2026, by agency", "Nothing to count in this year");
    }

    @Test
    void isOneTaggedFileWithItsFontsEmbeddedAndEveryMarkInTheStructure() throws Exception {
        Pdfs.assertFontsEmbeddedAndSubset(pdf);
        Pdfs.assertMetadata(pdf, "Annual report 2026", "Northshire Safeguarding Children Board");
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(pdf);
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    }
}
