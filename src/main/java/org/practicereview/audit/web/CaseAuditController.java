package org.practicereview.audit.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.CaseVerification;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One case's timeline for the auditor, with filters, verification and exports. Every view is itself trailed. */
@Controller
@RequestMapping("/audit/cases/{reference}")
class CaseAuditController {

    private final CaseTimeline timeline;
    private final Trail trail;
    private final TimelineExports exports;

    CaseAuditController(CaseTimeline timeline, Trail trail, TimelineExports exports) {
        this.timeline = timeline;
        this.trail = trail;
        this.exports = exports;
    }

    @GetMapping
    String timeline(@PathVariable String reference, @RequestParam Map<String, String> params, Model model) {
        return page(reference, params, false, model);
    }

    @GetMapping("/verify")
    String verify(@PathVariable String reference, @RequestParam Map<String, String> params, Model model) {
        return page(reference, params, true, model);
    }

    @GetMapping("/timeline.csv")
    ResponseEntity<byte[]> csv(@PathVariable String reference, @RequestParam Map<String, String> params) {
        Query q = query(reference, params);
        StringWriter out = new StringWriter();
        exports.csv(CaseTimeline.filter(q.all(), q.filter()), out);
        trail.append(q.ref(), CurrentUser.actor(), TrailAction.CASE_TIMELINE_DOWNLOADED, "CSV");
        return download(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv", reference + "-timeline.csv");
    }

    @GetMapping("/timeline.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String reference, @RequestParam Map<String, String> params) {
        Query q = query(reference, params);
        byte[] pdf = exports.pdf(q.ref(), CaseTimeline.filter(q.all(), q.filter()), q.filter(), trail.verify());
        trail.append(q.ref(), CurrentUser.actor(), TrailAction.CASE_TIMELINE_DOWNLOADED, "PDF");
        return download(pdf, MediaType.APPLICATION_PDF_VALUE, reference + "-timeline.pdf");
    }

    private String page(String reference, Map<String, String> params, boolean verify, Model model) {
        Query q = query(reference, params);
        CaseVerification verification = verify ? trail.verify(q.ref()) : null;
        List<TimelineEntry> shown = q.errors().isEmpty() ? CaseTimeline.filter(q.all(), q.filter()) : q.all();
        trail.append(q.ref(), CurrentUser.actor(), TrailAction.CASE_TRAIL_VIEWED, verification == null ? "timeline" : "timeline and verification");
        model.addAttribute("reference", reference);
        model.addAttribute("rows", exports.rows(shown));
        model.addAttribute("total", q.all().size());
        model.addAttribute("filter", q.filter());
        model.addAttribute("actors", actors(q.all()));
        model.addAttribute("actions", q.all().stream().map(TimelineEntry::action).distinct().sorted()
                .collect(java.util.stream.Collectors.toMap(a -> a, TrailAction::labelOf, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("from", DateFilter.of(params, "from"));
        model.addAttribute("to", DateFilter.of(params, "to"));
        model.addAttribute("exportQuery", q.exportQuery());
        model.addAttribute("caseVerification", verification);
        model.addAttribute("errorList", q.errors());
        model.addAttribute("backLink", "/audit");
        return "audit/case";
    }

    /** Who acted, by name (the filter's value stays the user id the trail holds), in the order of their names. */
    private Map<String, String> actors(List<TimelineEntry> all) {
        java.util.function.UnaryOperator<String> names = exports.names();
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        all.stream().map(TimelineEntry::actor).distinct().sorted(java.util.Comparator.comparing(names))
                .forEach(a -> byName.put(a, names.apply(a)));
        return byName;
    }

    private record Query(CaseReference ref, List<TimelineEntry> all, TimelineFilter filter, List<FieldError> errors, String exportQuery) {}

    private Query query(String reference, Map<String, String> params) {
        if (!CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        CaseReference ref = new CaseReference(reference);
        List<TimelineEntry> all = timeline.of(ref);
        if (all.isEmpty()) {
            throw new NotFoundException();
        }
        List<FieldError> errors = new ArrayList<>();
        DateFilter from = DateFilter.of(params, "from");
        DateFilter to = DateFilter.of(params, "to");
        TimelineFilter filter = new TimelineFilter(params.get("actor"), params.get("action"),
                from.date("Date from", errors), to.date("Date to", errors));
        String exportQuery = "?actor=" + enc(filter.actor()) + "&action=" + enc(filter.action()) + from.query() + to.query();
        return new Query(ref, all, filter, errors, exportQuery);
    }

    private static String enc(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
