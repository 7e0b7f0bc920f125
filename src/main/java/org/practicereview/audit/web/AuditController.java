package org.practicereview.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.practicereview.audit.LegalHolds;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailCheckpoint;
import org.practicereview.audit.TrailCheckpoints;
import org.practicereview.audit.TrailRetention;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.web.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditor's index, the whole trail's verification and export, and the reports across cases. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final Trail trail;
    private final AuditReports reports;
    private final TrailRetention retention;
    private final LegalHolds holds;
    private final TrailCheckpoints checkpoints;

    AuditController(Trail trail, AuditReports reports, TrailRetention retention, LegalHolds holds, TrailCheckpoints checkpoints) {
        this.trail = trail;
        this.reports = reports;
        this.retention = retention;
        this.holds = holds;
        this.checkpoints = checkpoints;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("retention", AuditWords.period(retention.retention()));
        model.addAttribute("pastRetention", retention.pastRetention().stream()
                .map(d -> d.caseReference() + " (last event " + GovDates.day(d.lastEvent()) + ")").toList());
        model.addAttribute("held", holds.held().stream().sorted().toList());
        model.addAttribute("checkpointsEnabled", checkpoints.enabled());
        model.addAttribute("keyFingerprint", checkpoints.publicKey().map(k -> k.fingerprint()).orElse(null));
        model.addAttribute("checkpoints", checkpoints.newest(5).stream().map(AuditController::inWords).toList());
        return "audit/index";
    }

    private static String inWords(TrailCheckpoint c) {
        return "Event " + c.seq() + ", signed " + GovDates.time(c.madeAt());
    }

    /** The auditor's one change: signing the head now, mailed to every auditor like the daily checkpoint. */
    @PostMapping("/checkpoints")
    String signCheckpoint(RedirectAttributes redirect) {
        if (!checkpoints.enabled()) {
            redirect.addFlashAttribute("checkpointMessage", "No checkpoint was signed: the checkpoint key is not configured");
            return "redirect:/audit";
        }
        TrailCheckpoint made = checkpoints.make(CurrentUser.actor());
        redirect.addFlashAttribute("checkpointMessage", "Checkpoint signed at event " + made.seq()
                + ". The auditors have been sent it by email.");
        return "redirect:/audit";
    }

    /** The case finder: a GET form, so the address of a case's timeline is plain. */
    @GetMapping("/cases")
    String findCase(@RequestParam(defaultValue = "") String reference, Model model) {
        String ref = reference.strip().toUpperCase();
        if (CaseReference.isValid(ref)) {
            return "redirect:/audit/cases/" + ref;
        }
        model.addAttribute("errorList", List.of(new FieldError("reference", "Enter a case reference, like PR-2026-0001")));
        return index(model);
    }

    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return index(model);
    }

    @GetMapping("/trail.csv")
    void export(HttpServletResponse response) throws IOException {
        trail.append(null, CurrentUser.actor(), TrailAction.TRAIL_EXPORTED, "whole trail as CSV");
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("trail.csv").build().toString());
        trail.export(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/departures")
    String departures(Model model) {
        model.addAttribute("departures", reports.departures());
        model.addAttribute("backLink", "/audit");
        return "audit/departures";
    }

    @GetMapping("/deadlines")
    String deadlines(Model model) {
        model.addAttribute("decisions", reports.lateDecisions());
        model.addAttribute("notices", reports.latePanelNotices());
        model.addAttribute("backLink", "/audit");
        return "audit/deadlines";
    }

    @GetMapping("/views")
    String views(@RequestParam(defaultValue = "") String reference, Model model) {
        String ref = reference.strip().toUpperCase();
        model.addAttribute("reference", ref);
        model.addAttribute("backLink", "/audit");
        if (!ref.isEmpty() && !CaseReference.isValid(ref)) {
            model.addAttribute("errorList", List.of(new FieldError("reference", "Enter a case reference, like PR-2026-0001")));
        } else if (!ref.isEmpty()) {
            model.addAttribute("views", reports.viewsOf(ref));
        }
        return "audit/views";
    }
}
