package org.practicereview.shared;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV the application exports: RFC 4180 (Apache Commons CSV), every present value quoted.
 * A file for people, opened in a spreadsheet, has each cell that a spreadsheet would run as a
 * formula made inert here, and only here; a verbatim file (the trail, whose hashes cover each value)
 * keeps values exactly as stored, for a program to read back.
 */
public final class CsvExport implements Flushable {

    /** What a spreadsheet takes as the start of a formula (OWASP's list: CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private final CSVPrinter printer;
    private final boolean forSpreadsheets;

    private CsvExport(Appendable out, boolean forSpreadsheets, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.forSpreadsheets = forSpreadsheets;
        row(header);
    }

    /** A file for people: a cell that starts like a formula is written with an apostrophe before it. */
    public static CsvExport forSpreadsheets(Appendable out, List<String> header) {
        return new CsvExport(out, true, header);
    }

    /** A file for programs: values exactly as stored, so that a reader gets back what was hashed. */
    public static CsvExport verbatim(Appendable out, List<String> header) {
        return new CsvExport(out, false, header);
    }

    public void row(String... cells) {
        row(Arrays.asList(cells));
    }

    /** One record; a null cell is written empty. */
    public void row(List<String> cells) {
        try {
            printer.printRecord(forSpreadsheets ? cells.stream().map(CsvExport::inert).toList() : cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet shows it without running it: a leading formula character gets an apostrophe. */
    static String inert(String cell) {
        return cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
    }
}
