package org.practicereview.web.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.review.LeadReviewers;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.TaskReassignments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who does a case's work: the coordinator gives an open task to another person who may do it, and the
 * chair replaces the lead reviewer; each with a choice of names and a reason. Anyone else is told the
 * page does not exist.
 */
@Controller
class CaseAssignmentsController {

    private static final String PAGE = "cases/reassign-task";

    private final CasePages pages;
    private final TaskReassignments reassignments;
    private final LeadReviewers leadReviewers;

    CaseAssignmentsController(CasePages pages, TaskReassignments reassignments, LeadReviewers leadReviewers) {
        this.pages = pages;
        this.reassignments = reassignments;
        this.leadReviewers = leadReviewers;
    }

    @GetMapping("/cases/{reference}/tasks/{taskId}/reassign")
    String reassignPage(@PathVariable String reference, @PathVariable String taskId, Model model, RedirectAttributes redirect) {
        CaseReference ref = visible(reference, Role.PRG_COORDINATOR);
        try {
            return reassignForm(ref, reassignments.reassignable(CurrentUser.actor(), ref, taskId), null, "", List.of(), model);
        } catch (TaskNotAvailableException e) {
            return problem(ref, e, redirect);
        }
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/reassign")
    String reassign(@PathVariable String reference, @PathVariable String taskId,
                    @RequestParam(required = false) String assignee, @RequestParam(required = false) String reason,
                    Model model, RedirectAttributes redirect) {
        CaseReference ref = visible(reference, Role.PRG_COORDINATOR);
        Actor actor = CurrentUser.actor();
        try {
            var task = reassignments.reassignable(actor, ref, taskId);
            try {
                reassignments.reassign(actor, ref, taskId, assignee, reason);
            } catch (InvalidSubmissionException e) {
                return reassignForm(ref, task, assignee, reason, e.errors(), model);
            }
            String name = task.candidates().stream().filter(c -> c.userId().equals(assignee)).findFirst()
                    .map(TaskReassignments.Candidate::name).orElse("");
            redirect.addFlashAttribute("success", task.taskName() + " given to " + name);
        } catch (TaskNotAvailableException e) {
            return problem(ref, e, redirect);
        }
        return "redirect:/cases/" + ref.value();
    }

    @GetMapping("/cases/{reference}/lead-reviewer")
    String replacePage(@PathVariable String reference, Model model, RedirectAttributes redirect) {
        CaseReference ref = visible(reference, Role.CHAIR);
        if (!leadReviewers.replaceable(ref)) {
            return problem(ref, new TaskNotAvailableException("This case has no running review with a lead reviewer."), redirect);
        }
        return replaceForm(ref, null, "", List.of(), model);
    }

    @PostMapping("/cases/{reference}/lead-reviewer")
    String replace(@PathVariable String reference, @RequestParam(required = false) String assignee,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        CaseReference ref = visible(reference, Role.CHAIR);
        try {
            leadReviewers.replace(CurrentUser.actor(), ref, assignee, reason);
            redirect.addFlashAttribute("success", "Lead reviewer replaced: " + leadReviewers.current(ref).orElse("")
                    + " now leads the review");
        } catch (InvalidSubmissionException e) {
            return replaceForm(ref, assignee, reason, e.errors(), model);
        } catch (TaskNotAvailableException e) {
            return problem(ref, e, redirect);
        }
        return "redirect:/cases/" + ref.value();
    }

    private String reassignForm(CaseReference ref, TaskReassignments.Reassignable task, String assignee, String reason,
                                List<FieldError> errors, Model model) {
        model.addAttribute("heading", "Reassign: " + task.taskName());
        model.addAttribute("current", task.current() + ".");
        model.addAttribute("action", "/cases/" + ref.value() + "/tasks/" + task.taskId() + "/reassign");
        model.addAttribute("chooseLabel", "Give the task to");
        model.addAttribute("chooseHint", "Only people who may do this task are listed.");
        model.addAttribute("people", task.candidates());
        model.addAttribute("buttonText", "Reassign the task");
        return form(ref, assignee, reason, errors, model);
    }

    private String replaceForm(CaseReference ref, String assignee, String reason, List<FieldError> errors, Model model) {
        model.addAttribute("heading", "Replace the lead reviewer");
        model.addAttribute("current", "Leading the review now: " + leadReviewers.current(ref).orElse("nobody") + ".");
        model.addAttribute("action", "/cases/" + ref.value() + "/lead-reviewer");
        model.addAttribute("chooseLabel", "New lead reviewer");
        model.addAttribute("chooseHint", "Independent reviewers who work for none of the agencies involved. "
                + "The review's open tasks move to them.");
        model.addAttribute("people", leadReviewers.eligible(ref).stream()
                .map(u -> new TaskReassignments.Candidate(u.username(), u.displayName())).toList());
        model.addAttribute("buttonText", "Replace the lead reviewer");
        return form(ref, assignee, reason, errors.stream()
                .map(e -> "leadReviewer".equals(e.field()) ? new FieldError("assignee", e.message()) : e).toList(), model);
    }

    private static String form(CaseReference ref, String assignee, String reason, List<FieldError> errors, Model model) {
        model.addAttribute("reference", ref.value());
        model.addAttribute("assignee", assignee);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errorList", errors);
        Map<String, String> byField = errors.stream().filter(e -> e.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a));
        model.addAttribute("errors", byField);
        model.addAttribute("backLink", "/cases/" + ref.value());
        return PAGE;
    }

    private static String problem(CaseReference ref, TaskNotAvailableException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.getMessage());
        return "redirect:/cases/" + ref.value();
    }

    private CaseReference visible(String reference, Role role) {
        Actor actor = CurrentUser.actor();
        if (!actor.has(role)) {
            throw new NotFoundException();
        }
        return pages.visible(actor, reference);
    }
}
