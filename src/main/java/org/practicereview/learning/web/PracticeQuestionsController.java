package org.practicereview.learning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.learning.BriefingUses;
import org.practicereview.learning.PracticeQuestions;
import org.practicereview.learning.PracticeQuestions.AnswerView;
import org.practicereview.publication.PublishedReview;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-up survey's question, answered by the agency asked: nobody else finds the page. */
@Controller
class PracticeQuestionsController {

    private final PracticeQuestions questions;
    private final BriefingUses briefings;

    PracticeQuestionsController(PracticeQuestions questions, BriefingUses briefings) {
        this.questions = questions;
        this.briefings = briefings;
    }

    @GetMapping("/briefings/{ref}/what-changed")
    String form(@PathVariable String ref, Model model) {
        CaseReference reference = reference(ref);
        return page(reference, question(reference), "", List.of(), model);
    }

    @PostMapping("/briefings/{ref}/what-changed")
    String answer(@PathVariable String ref, @RequestParam(required = false) String whatChanged, Model model,
                  RedirectAttributes redirect) {
        CaseReference reference = reference(ref);
        AnswerView question = question(reference);
        try {
            questions.answer(CurrentUser.actor(), reference, whatChanged);
        } catch (InvalidSubmissionException e) {
            return page(reference, question, whatChanged, e.errors(), model);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/briefings/" + reference.value() + "/what-changed";
        }
        redirect.addFlashAttribute("success", "Your answer about case " + reference.value() + " is sent to the Practice Review Group");
        return "redirect:/my-referrals";
    }

    private String page(CaseReference ref, AnswerView question, String typed, List<FieldError> errors, Model model) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("title", briefings.briefing(ref).map(PublishedReview::title).orElse("Case " + ref.value()));
        model.addAttribute("question", question);
        model.addAttribute("typed", typed);
        model.addAttribute("action", PracticeQuestions.answerPath(ref.value()));
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", byField);
        model.addAttribute("backLink", "/my-referrals");
        return "learning/what-changed";
    }

    private AnswerView question(CaseReference ref) {
        return questions.question(CurrentUser.actor(), ref).orElseThrow(NotFoundException::new);
    }

    private static CaseReference reference(String ref) {
        if (!CaseReference.isValid(ref)) {
            throw new NotFoundException();
        }
        return new CaseReference(ref);
    }
}
