package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.referral.ReferrerQuestions;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator withdraws the questions put to the referring agency, with a reason; anyone else is told the page does not exist. */
@Controller
class QuestionWithdrawalController {

    private final CasePages pages;
    private final ReferrerQuestions questions;
    private final Forms forms;

    QuestionWithdrawalController(CasePages pages, ReferrerQuestions questions, Forms forms) {
        this.pages = pages;
        this.questions = questions;
        this.forms = forms;
    }

    @GetMapping("/cases/{reference}/withdraw-question")
    String page(@PathVariable String reference, Model model, RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        var open = questions.open(ref);
        if (open.isEmpty()) {
            redirect.addFlashAttribute("problem", "There is no open question about this referral: it was answered or withdrawn.");
            return "redirect:/cases/" + ref.value();
        }
        return form(ref, open.get().questions(), FormView.empty(form()), List.of(), model);
    }

    @PostMapping("/cases/{reference}/withdraw-question")
    String withdraw(@PathVariable String reference, @RequestParam MultiValueMap<String, String> params, Model model,
                    RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        FormDefinition form = form();
        var typed = FormParameters.read(form, params);
        try {
            questions.withdraw(CurrentUser.actor(), ref, typed);
            redirect.addFlashAttribute("success", "Questions withdrawn: the referral is back at triage");
        } catch (InvalidSubmissionException e) {
            String asked = questions.open(ref).map(ReferrerQuestions.OpenQuestion::questions).orElse("");
            return form(ref, asked, new FormView(form, typed, e.errors()), e.errors(), model);
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + ref.value();
    }

    private FormDefinition form() {
        return forms.get(ReferrerQuestions.WITHDRAWAL_FORM);
    }

    private CaseReference coordinated(String reference) {
        Actor actor = CurrentUser.actor();
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotFoundException();
        }
        return pages.visible(actor, reference);
    }

    private static String form(CaseReference ref, String asked, FormView view, List<FieldError> errors, Model model) {
        model.addAttribute("reference", ref.value());
        model.addAttribute("asked", asked);
        model.addAttribute("form", view);
        model.addAttribute("errorList", errors);
        model.addAttribute("backLink", "/cases/" + ref.value());
        return "cases/withdraw-question";
    }
}
