package org.practicereview.publication.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.practicereview.decision.PrgCases;
import org.practicereview.documents.PrgReport;
import org.practicereview.documents.PrgReportPdf;
import org.practicereview.publication.Publications;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.WorkingDays;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PRG report of the cases considered in a period, as a PDF, for the PRG, the chair and the
 * auditor. The period is asked for with two GOV.UK date inputs; the report is the answer to a GET.
 */
@Controller
class PrgReportController {

    static final Set<Role> PERMITTED = EnumSet.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.AUDITOR);

    private final PrgCases cases;
    private final Publications publications;
    private final PrgReportPdf renderer;
    private final Clock clock;
    /** The board's name is read when a page or document is made: an administrator may change it. */
    private final BoardSettings settings;

    PrgReportController(PrgCases cases, Publications publications, PrgReportPdf renderer, Clock clock,
                        BoardSettings settings) {
        this.cases = cases;
        this.publications = publications;
        this.renderer = renderer;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/reports/prg")
    Object report(@RequestParam Map<String, String> params, Model model) {
        return answer(params, model, report -> {
            HttpHeaders headers = download("prg-report-" + report.from() + "-to-" + report.to() + ".pdf");
            headers.setContentType(MediaType.APPLICATION_PDF);
            return ResponseEntity.ok().headers(headers).body(renderer.render(report));
        });
    }

    /** The same report as a spreadsheet, asked for with the same dates. */
    @GetMapping("/reports/prg.csv")
    Object csv(@RequestParam Map<String, String> params, Model model) {
        return answer(params, model, report -> {
            HttpHeaders headers = download("prg-report-" + report.from() + "-to-" + report.to() + ".csv");
            headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
            return ResponseEntity.ok().headers(headers).body(PrgReportCsv.of(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    private Object answer(Map<String, String> params, Model model, Function<PrgReport, ResponseEntity<byte[]>> file) {
        if (PERMITTED.stream().noneMatch(CurrentUser.actor()::has)) {
            throw new NotFoundException();
        }
        if (!DateRange.given(params)) {
            model.addAttribute("range", new DateRange(Map.of(), null, null, java.util.List.of()));
            return "reports/prg";
        }
        DateRange range = DateRange.of(params, LocalDate.now(clock.withZone(WorkingDays.UK)));
        if (!range.errors().isEmpty()) {
            model.addAttribute("range", range);
            model.addAttribute("errorList", range.errors());
            return "reports/prg";
        }
        return file.apply(new PrgReport(settings.current().boardName(), range.from(), range.to(),
                cases.consideredBetween(range.from(), range.to(), ref -> publications.pseudonym(ref).orElse(null))));
    }

    private static HttpHeaders download(String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
