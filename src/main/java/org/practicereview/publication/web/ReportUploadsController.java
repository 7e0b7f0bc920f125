package org.practicereview.publication.web;

import java.io.IOException;
import java.util.List;
import org.practicereview.documents.DocumentKind;
import org.practicereview.publication.ReportUploads;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The business unit uploads the final report and the executive summary while preparing the pack. */
@Controller
class ReportUploadsController {

    private final ReportUploads uploads;

    ReportUploadsController(ReportUploads uploads) {
        this.uploads = uploads;
    }

    /** One upload slot as the page shows it: which document, and the stored one if any. */
    record Slot(String kind, String title, String file, Long id, Long sizeKb, String uploadedAt, String error) {}

    @GetMapping("/cases/{ref}/publication/uploads")
    String page(@PathVariable String ref, @RequestParam(required = false) String tooLarge,
                @RequestParam(required = false) String unreadable, Model model) {
        CaseReference caseReference = allowed(ref);
        if (tooLarge != null) {
            model.addAttribute("errorList", List.of(new FieldError("file-" + DocumentKind.FINAL_REPORT.name(),
                    "The selected file must be smaller than " + uploads.maxBytes() / (1024 * 1024) + " MB")));
        } else if (unreadable != null) {
            model.addAttribute("errorList", List.of(new FieldError("file-" + DocumentKind.FINAL_REPORT.name(),
                    "The selected file could not be received: its name may contain characters that cannot be used. "
                            + "Rename it with letters, numbers and hyphens, and upload it again")));
        }
        return show(caseReference, model);
    }

    @PostMapping("/cases/{ref}/publication/uploads")
    String upload(@PathVariable String ref, @RequestParam String kind, @RequestParam(required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect) throws IOException {
        CaseReference caseReference = allowed(ref);
        DocumentKind documentKind = ReportUploads.KINDS.stream().filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("errorList", List.of(new FieldError("file-" + kind, "Select a PDF file to upload")));
            return show(caseReference, model);
        }
        try {
            uploads.upload(CurrentUser.actor(), caseReference, documentKind, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidSubmissionException e) {
            model.addAttribute("errorList", e.errors().stream()
                    .map(f -> new FieldError("file-" + kind, f.message())).toList());
            return show(caseReference, model);
        }
        redirect.addFlashAttribute("uploaded", documentKind.title());
        return "redirect:/cases/" + ref + "/publication/uploads";
    }

    private String show(CaseReference ref, Model model) {
        model.addAttribute("reference", ref.value());
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) model.getAttribute("errorList");
        model.addAttribute("slots", ReportUploads.KINDS.stream().map(k -> {
            String error = errors == null ? null : errors.stream().filter(e -> e.field().equals("file-" + k.name()))
                    .map(FieldError::message).findFirst().orElse(null);
            return uploads.latest(ref, k)
                    .map(d -> new Slot(k.name(), k.title(), d.fileName(), d.id(), Math.max(1, d.sizeBytes() / 1024),
                            d.createdAt().toString().substring(0, 10), error))
                    .orElse(new Slot(k.name(), k.title(), null, null, null, null, error));
        }).toList());
        return "publication/uploads";
    }

    private CaseReference allowed(String ref) {
        Actor actor = CurrentUser.actor();
        CaseReference caseReference;
        try {
            caseReference = new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (!actor.has(Role.PRG_COORDINATOR) || !uploads.open(caseReference)) {
            throw new NotFoundException();
        }
        return caseReference;
    }
}
