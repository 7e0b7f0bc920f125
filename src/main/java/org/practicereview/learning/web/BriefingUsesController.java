package org.practicereview.learning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.learning.BriefingSetting;
import org.practicereview.learning.BriefingTakeUp;
import org.practicereview.learning.BriefingUses;
import org.practicereview.learning.NewBriefingUse;
import org.practicereview.learning.PracticeQuestions;
import org.practicereview.learning.PracticeQuestions.AnswerView;
import org.practicereview.publication.PublishedReview;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The published briefings and their use: an agency records where it used one; the board reads the take-up. */
@Controller
class BriefingUsesController {

    private final BriefingUses uses;
    private final PracticeQuestions questions;

    BriefingUsesController(BriefingUses uses, PracticeQuestions questions) {
        this.uses = uses;
        this.questions = questions;
    }

    /** One agency's answer about one briefing's review, under the briefing's title. */
    record AnswerRow(String briefing, AnswerView answer) {}

    @ExceptionHandler(NotPermittedException.class)
    void notTheirs(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @GetMapping("/briefings")
    String takeUp(Model model) {
        BriefingTakeUp takeUp = uses.takeUp(CurrentUser.actor());
        Map<String, String> titles = new LinkedHashMap<>();
        takeUp.briefings().forEach(b -> titles.put(b.caseReference(), b.title()));
        model.addAttribute("takeUp", takeUp);
        model.addAttribute("answers", questions.answers(CurrentUser.actor()).stream()
                .map(a -> new AnswerRow(titles.getOrDefault(a.caseReference(), "Case " + a.caseReference()), a)).toList());
        model.addAttribute("agency", CurrentUser.actor().has(Role.AGENCY));
        return "learning/briefings";
    }

    @GetMapping("/briefings/{ref}/uses/new")
    String form(@PathVariable String ref, Model model) {
        return form(briefing(ref), Map.of(), List.of(), model);
    }

    @PostMapping("/briefings/{ref}/uses/new")
    String record(@PathVariable String ref, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PublishedReview briefing = briefing(ref);
        DateInput usedOn = new DateInput(form.get("usedOn-day"), form.get("usedOn-month"), form.get("usedOn-year"));
        List<FieldError> errors = new ArrayList<>();
        try {
            uses.record(CurrentUser.actor(), new CaseReference(briefing.caseReference()),
                    new NewBriefingUse(form.get("setting"), usedOn.date(), form.get("staff"), form.get("note")));
        } catch (InvalidSubmissionException e) {
            errors.addAll(e.errors());
        }
        String dateProblem = usedOn.problem("The date the briefing was used");
        if (dateProblem != null) {
            errors.removeIf(e -> "usedOn".equals(e.field()));
            errors.add(new FieldError("usedOn", dateProblem));
        }
        if (!errors.isEmpty()) {
            return form(briefing, form, errors, model);
        }
        redirect.addFlashAttribute("success", "Use of the briefing recorded: " + briefing.title());
        return "redirect:/briefings";
    }

    private String form(PublishedReview briefing, Map<String, String> form, List<FieldError> errors, Model model) {
        if (!CurrentUser.actor().has(Role.AGENCY)) {
            throw new NotFoundException();
        }
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("briefing", briefing);
        model.addAttribute("form", form);
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", byField);
        model.addAttribute("settings", Arrays.stream(BriefingSetting.values()).map(s -> List.of(s.name(), s.label())).toList());
        model.addAttribute("backLink", "/briefings");
        return "learning/briefing-use";
    }

    private PublishedReview briefing(String ref) {
        try {
            return uses.briefing(new CaseReference(ref)).orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
