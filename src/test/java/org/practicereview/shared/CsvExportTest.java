package org.practicereview.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void aSpreadsheetShowsFormulaCellsAsTextAndRunsNone() {
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, List.of("name", "note"));
        csv.row("=HYPERLINK(\"http://x\")", "+1");
        csv.row("-2", "@SUM(A1)");
        csv.row("\tTab", "\rReturn");

        assertThat(out.toString()).isEqualTo("\"name\",\"note\"\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\"\r\n"
                + "\"'-2\",\"'@SUM(A1)\"\r\n"
                + "\"'\tTab\",\"'\rReturn\"\r\n");
    }

    @Test
    void ordinaryCellsAreQuotedAndKeptAsTheyAre() {
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, List.of("a", "b", "c"));
        csv.row("a, b", "line one\nline two", null);
        csv.row("x=1", "", "2026-11-25");

        assertThat(out.toString()).isEqualTo("\"a\",\"b\",\"c\"\r\n"
                + "\"a, b\",\"line one\nline two\",\r\n"
                + "\"x=1\",\"\",\"2026-11-25\"\r\n");
    }

    @Test
    void aVerbatimFileKeepsFormulaCellsExactlyForTheProgramThatReadsThem() {
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.verbatim(out, List.of("seq", "details"));
        csv.row("1", "=SUM(A1)");

        assertThat(out.toString()).isEqualTo("\"seq\",\"details\"\r\n\"1\",\"=SUM(A1)\"\r\n");
    }
}
