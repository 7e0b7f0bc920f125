package org.practicereview.incident.web;

import java.io.IOException;
import java.util.List;
import org.practicereview.incident.NotificationCopies;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
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

/** The copy of the notification to the national panel, uploaded before the notification is recorded. */
@Controller
class NotificationCopyController {

    private static final String FIELD = "file";

    private final NotificationCopies copies;

    NotificationCopyController(NotificationCopies copies) {
        this.copies = copies;
    }

    @GetMapping("/cases/{ref}/serious-incident/notification-copy")
    String page(@PathVariable String ref, @RequestParam(required = false) String tooLarge,
                @RequestParam(required = false) String unreadable, Model model) {
        CaseReference caseReference = allowed(ref);
        if (tooLarge != null) {
            model.addAttribute("errorList", List.of(new FieldError(FIELD,
                    "The selected file must be smaller than " + copies.maxBytes() / (1024 * 1024) + " MB")));
        } else if (unreadable != null) {
            model.addAttribute("errorList", List.of(new FieldError(FIELD, "The selected file could not be received: its name "
                    + "may contain characters that cannot be used. Rename it with letters, numbers and hyphens, and upload it again")));
        }
        return show(caseReference, model);
    }

    @PostMapping("/cases/{ref}/serious-incident/notification-copy")
    String upload(@PathVariable String ref, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        CaseReference caseReference = allowed(ref);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("errorList", List.of(new FieldError(FIELD, "Select a PDF file to upload")));
            return show(caseReference, model);
        }
        try {
            copies.upload(CurrentUser.actor(), caseReference, file.getOriginalFilename(), file.getBytes());
        } catch (InvalidSubmissionException e) {
            model.addAttribute("errorList", e.errors());
            return show(caseReference, model);
        }
        redirect.addFlashAttribute("uploaded", true);
        return "redirect:/cases/" + ref + "/serious-incident/notification-copy";
    }

    private String show(CaseReference ref, Model model) {
        model.addAttribute("reference", ref.value());
        copies.latest(ref).ifPresent(copy -> {
            model.addAttribute("copyName", copy.fileName());
            model.addAttribute("copySizeKb", Math.max(1, copy.sizeBytes() / 1024));
            model.addAttribute("copyUploadedOn", GovDates.time(copy.createdAt()));
        });
        return "incident/notification-copy";
    }

    private CaseReference allowed(String ref) {
        Actor actor = CurrentUser.actor();
        CaseReference caseReference;
        try {
            caseReference = new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (!NotificationCopies.mayRecord(actor) || !copies.open(caseReference)) {
            throw new NotFoundException();
        }
        return caseReference;
    }
}
