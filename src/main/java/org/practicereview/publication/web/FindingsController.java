package org.practicereview.publication.web;

import java.util.List;
import java.util.Locale;
import org.practicereview.publication.Finding;
import org.practicereview.publication.Publications;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The open findings of the anonymisation check, each with where it is (field, or document and page)
 * and its masked context; and the chair's override, with a reason, to publish despite them.
 */
@Controller
class FindingsController {

    static final int REASON_MAX = 2000;

    private final Publications publications;

    FindingsController(Publications publications) {
        this.publications = publications;
    }

    /** A finding as the page shows it. */
    record FindingView(String where, String kind, String context) {}

    @GetMapping("/cases/{ref}/publication/findings")
    String findings(@PathVariable String ref, Model model) {
        CaseReference caseReference = allowed(ref);
        return show(caseReference, model);
    }

    @PostMapping("/cases/{ref}/publication/findings/override")
    String override(@PathVariable String ref, @RequestParam(defaultValue = "") String reason, Model model,
                    RedirectAttributes redirect) {
        CaseReference caseReference = allowed(ref);
        Actor actor = CurrentUser.actor();
        if (!actor.has(Role.CHAIR) || publications.openFindings(caseReference).isEmpty()) {
            throw new NotFoundException();
        }
        String error = reason.isBlank() ? "Enter why the review may be published despite the findings"
                : reason.length() > REASON_MAX ? "The reason must be " + REASON_MAX + " characters or fewer" : null;
        if (error != null) {
            model.addAttribute("errorList", List.of(new FieldError("reason", error)));
            model.addAttribute("reasonError", error);
            model.addAttribute("reason", reason);
            return show(caseReference, model);
        }
        publications.overrideFindings(actor, caseReference, reason);
        redirect.addFlashAttribute("overridden", true);
        return "redirect:/cases/" + ref + "/publication/findings";
    }

    private String show(CaseReference ref, Model model) {
        model.addAttribute("reference", ref.value());
        model.addAttribute("findings", publications.openFindings(ref).stream().map(FindingsController::view).toList());
        model.addAttribute("overridden", publications.findingsOverridden(ref));
        model.addAttribute("chair", CurrentUser.actor().has(Role.CHAIR));
        return "publication/findings";
    }

    static FindingView view(Finding finding) {
        return new FindingView(where(finding.field()), finding.kind().name().replace('_', ' ').toLowerCase(Locale.UK),
                finding.context());
    }

    /** "Final report, page 3" as it is; a field key such as briefing3Text as words. */
    static String where(String field) {
        if (field.contains(" ")) {
            return field;
        }
        String words = field.replaceAll("([a-z])([A-Z0-9])", "$1 $2").replaceAll("([0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static CaseReference allowed(String ref) {
        if (!CaseDocumentsController.permitted(CurrentUser.actor())) {
            throw new NotFoundException();
        }
        try {
            return new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
