package org.practicereview.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.practicereview.dashboard.BoardDashboard;
import org.practicereview.dashboard.Chart;
import org.practicereview.dashboard.Period;
import org.practicereview.dashboard.YearlyReviewReport;
import org.practicereview.documents.AnnualReportPdf;
import org.practicereview.shared.CsvExport;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.WorkingDays;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The board's dashboard for a year or a quarter: each figure as a chart, its table and its CSV; and the partnership's
 * yearly report of its reviews as a page, CSV and PDF.
 */
@Controller
class DashboardController {

    static final int YEARS_SHOWN = 6;

    private final BoardDashboard dashboard;
    private final WorkingDays workingDays;
    private final AnnualReportPdf annualReportPdf;
    private final YearlyReviewReport yearly;

    DashboardController(BoardDashboard dashboard, WorkingDays workingDays, AnnualReportPdf annualReportPdf,
                        YearlyReviewReport yearly) {
        this.yearly = yearly;
        this.annualReportPdf = annualReportPdf;
        this.dashboard = dashboard;
        this.workingDays = workingDays;
    }

    @GetMapping("/dashboard")
    String page(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String quarter, Model model) {
        requireBoard();
        List<FieldError> errors = new ArrayList<>();
        Period period = period(year, quarter, errors);
        int thisYear = workingDays.today().getYear();
        model.addAttribute("period", period);
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_SHOWN - 1).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("charts", dashboard.charts(CurrentUser.actor(), period));
        model.addAttribute("yearlyReport", YearlyReviewReport.mayRead(CurrentUser.actor()));
        model.addAttribute("errorList", errors);
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/{chart}.csv")
    ResponseEntity<String> csv(@PathVariable String chart, @RequestParam(defaultValue = "") String year,
                               @RequestParam(defaultValue = "") String quarter) {
        requireBoard();
        List<FieldError> errors = new ArrayList<>();
        Period period = period(year, quarter, errors);
        if (!errors.isEmpty()) {
            throw new NotFoundException();
        }
        Chart found = dashboard.charts(CurrentUser.actor(), period).stream().filter(c -> c.id().equals(chart)).findFirst()
                .orElseThrow(NotFoundException::new);
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, List.of(found.category(), "Number"));
        found.rows().forEach(r -> csv.row(r.label(), String.valueOf(r.value())));
        csv.flush();
        String name = "dashboard-" + found.id() + "-" + period.year() + (period.quarter() == null ? "" : "-quarter-" + period.quarter())
                + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toString());
    }

    /** The year's figures as one PDF for the board's annual report: the same charts, as tagged tables with bars. */
    @GetMapping("/dashboard/annual-report.pdf")
    ResponseEntity<byte[]> annualReport(@RequestParam(defaultValue = "") String year) {
        requireBoard();
        List<FieldError> errors = new ArrayList<>();
        Period period = period(year, "", errors);
        if (!errors.isEmpty()) {
            throw new NotFoundException();
        }
        byte[] pdf = annualReportPdf.render(dashboard.annualReport(CurrentUser.actor(), period.year()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annual-report-" + period.year() + ".pdf").build().toString())
                .body(pdf);
    }

    /** The partnership's yearly report of its reviews: the figures of each route for a year. */
    @GetMapping("/dashboard/yearly")
    String yearlyPage(@RequestParam(defaultValue = "") String year, Model model) {
        requireYearly();
        List<FieldError> errors = new ArrayList<>();
        Period period = period(year, "", errors);
        int thisYear = workingDays.today().getYear();
        List<YearlyReviewReport.Row> rows = yearly.rows(CurrentUser.actor(), period.year());
        model.addAttribute("period", period);
        model.addAttribute("years", IntStream.rangeClosed(0, YEARS_SHOWN - 1).map(i -> thisYear - i).boxed().toList());
        model.addAttribute("sections", rows.stream().collect(Collectors.groupingBy(YearlyReviewReport.Row::section,
                LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("errorList", errors);
        return "dashboard/yearly";
    }

    @GetMapping("/dashboard/yearly.csv")
    ResponseEntity<String> yearlyCsv(@RequestParam(defaultValue = "") String year) {
        requireYearly();
        Period period = yearOnly(year);
        StringBuilder out = new StringBuilder();
        CsvExport csv = CsvExport.forSpreadsheets(out, List.of("Route", "Figure", "Number"));
        yearly.rows(CurrentUser.actor(), period.year()).forEach(r -> csv.row(r.section(), r.label(), String.valueOf(r.value())));
        csv.flush();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("yearly-report-of-reviews-" + period.year() + ".csv").build().toString())
                .body(out.toString());
    }

    @GetMapping("/dashboard/yearly.pdf")
    ResponseEntity<byte[]> yearlyPdf(@RequestParam(defaultValue = "") String year) {
        requireYearly();
        Period period = yearOnly(year);
        byte[] pdf = annualReportPdf.renderYearlyReviews(yearly.document(CurrentUser.actor(), period.year()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("yearly-report-of-reviews-" + period.year() + ".pdf").build().toString())
                .body(pdf);
    }

    /** A download names a year of the list, or there is nothing to download. */
    private Period yearOnly(String year) {
        List<FieldError> errors = new ArrayList<>();
        Period period = period(year, "", errors);
        if (!errors.isEmpty()) {
            throw new NotFoundException();
        }
        return period;
    }

    private static void requireYearly() {
        if (!YearlyReviewReport.mayRead(CurrentUser.actor())) {
            throw new NotFoundException();
        }
    }

    /** The period asked for; a year or quarter that is not one of the choices is reported and this year shown instead. */
    private Period period(String year, String quarter, List<FieldError> errors) {
        int thisYear = workingDays.today().getYear();
        int y = thisYear;
        if (!year.isBlank()) {
            if (year.strip().matches("\\d{4}") && Integer.parseInt(year.strip()) > thisYear - YEARS_SHOWN
                    && Integer.parseInt(year.strip()) <= thisYear) {
                y = Integer.parseInt(year.strip());
            } else {
                errors.add(new FieldError("year", "Select a year from the list"));
            }
        }
        Integer q = null;
        if (!quarter.isBlank()) {
            if (quarter.strip().matches("[1-4]")) {
                q = Integer.parseInt(quarter.strip());
            } else {
                errors.add(new FieldError("quarter", "Select a quarter from the list, or the whole year"));
            }
        }
        return new Period(y, q);
    }

    private static void requireBoard() {
        if (!BoardDashboard.mayRead(CurrentUser.actor())) {
            throw new NotFoundException();
        }
    }
}
