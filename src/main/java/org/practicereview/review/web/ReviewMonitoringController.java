package org.practicereview.review.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.practicereview.identity.CaseAccess;
import org.practicereview.review.ReviewMonitorings;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business unit records a local review's progress, and any written request made to its reviewers with its
 * date (/cases/{ref}/review-monitoring). Anyone else is told the page does not exist.
 */
@Controller
class ReviewMonitoringController {

    private static final String PAGE = "cases/review-monitoring";

    private final ReviewMonitorings monitorings;
    private final CaseAccess access;

    ReviewMonitoringController(ReviewMonitorings monitorings, CaseAccess access) {
        this.monitorings = monitorings;
        this.access = access;
    }

    @GetMapping("/cases/{reference}/review-monitoring")
    String page(@PathVariable String reference, Model model) {
        return form(coordinated(reference), Map.of(), List.of(), model);
    }

    @PostMapping("/cases/{reference}/review-monitoring")
    String record(@PathVariable String reference, @RequestParam Map<String, String> answers, Model model,
                  RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        LocalDate requestOn;
        try {
            requestOn = date(answers, "writtenRequestOn");
        } catch (DateTimeException e) {
            return form(ref, answers, List.of(new FieldError("writtenRequestOn",
                    "The date of the written request must be a real date")), model);
        }
        try {
            monitorings.record(CurrentUser.actor(), ref, answers.get("progress"), answers.get("writtenRequest"), requestOn);
            redirect.addFlashAttribute("success", "The review's progress is recorded");
        } catch (InvalidSubmissionException e) {
            return form(ref, answers, e.errors(), model);
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + ref.value();
    }

    /** The day, month and year boxes of a GOV.UK date input; none filled in is no date. */
    private static LocalDate date(Map<String, String> answers, String field) {
        String day = answers.getOrDefault(field + "-day", "").strip();
        String month = answers.getOrDefault(field + "-month", "").strip();
        String year = answers.getOrDefault(field + "-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (!(day + month + year).matches("\\d+") || year.length() != 4) {
            throw new DateTimeException("not a date");
        }
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private CaseReference coordinated(String reference) {
        Actor actor = CurrentUser.actor();
        if (!actor.has(Role.PRG_COORDINATOR) || !CaseReference.isValid(reference)) {
            throw new NotFoundException();
        }
        CaseReference ref = new CaseReference(reference);
        if (!access.mayOpen(actor, ref) || !monitorings.monitored(ref)) {
            throw new NotFoundException();
        }
        return ref;
    }

    private static String form(CaseReference ref, Map<String, String> answers, List<FieldError> errors, Model model) {
        model.addAttribute("reference", ref.value());
        model.addAttribute("answers", answers);
        model.addAttribute("errorList", errors);
        model.addAttribute("backLink", "/cases/" + ref.value());
        return PAGE;
    }
}
