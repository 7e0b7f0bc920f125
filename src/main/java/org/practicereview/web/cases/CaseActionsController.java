package org.practicereview.web.cases;

import java.util.List;
import org.practicereview.identity.Agencies;
import org.practicereview.publication.Publications;
import org.practicereview.review.AgencyReportRound;
import org.practicereview.screening.AgencyRound;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.AgencyTaskWithdrawals;
import org.practicereview.workflow.AgencyTasks;
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
 * The coordinator's actions on a case's waits: close the agency information round early or the agency
 * report round (with a reason), withdraw one agency's task (with a reason), and record that parallel
 * proceedings have concluded. Anyone else is told the page does not exist.
 */
@Controller
class CaseActionsController {

    private static final String CLOSE_ROUND = "cases/close-agency-round";
    private static final String CONCLUDED = "cases/proceedings-concluded";
    private static final String CLOSE_REPORT_ROUND = "cases/close-agency-report-round";
    private static final String WITHDRAW = "cases/withdraw-task";

    private final CasePages pages;
    private final CaseTasks tasks;
    private final AgencyRound agencyRound;
    private final Publications publications;
    private final AgencyReportRound reportRound;
    private final AgencyTaskWithdrawals withdrawals;
    private final Agencies agencies;

    CaseActionsController(CasePages pages, CaseTasks tasks, AgencyRound agencyRound, Publications publications,
                          AgencyReportRound reportRound, AgencyTaskWithdrawals withdrawals, Agencies agencies) {
        this.reportRound = reportRound;
        this.withdrawals = withdrawals;
        this.agencies = agencies;
        this.pages = pages;
        this.tasks = tasks;
        this.agencyRound = agencyRound;
        this.publications = publications;
    }

    @GetMapping("/cases/{reference}/close-agency-round")
    String closeRoundPage(@PathVariable String reference, Model model) {
        CaseReference ref = coordinated(reference);
        return form(CLOSE_ROUND, ref, "", List.of(), model);
    }

    @PostMapping("/cases/{reference}/close-agency-round")
    String closeRound(@PathVariable String reference, @RequestParam(required = false) String reason, Model model,
                      RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        try {
            agencyRound.closeEarly(CurrentUser.actor(), ref, reason);
            redirect.addFlashAttribute("success", "Agency information round closed early; the case moves on to screening");
        } catch (InvalidSubmissionException e) {
            return form(CLOSE_ROUND, ref, reason, e.errors(), model);
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + ref.value();
    }

    @GetMapping("/cases/{reference}/close-agency-report-round")
    String closeReportRoundPage(@PathVariable String reference, Model model) {
        return form(CLOSE_REPORT_ROUND, coordinated(reference), "", List.of(), model);
    }

    @PostMapping("/cases/{reference}/close-agency-report-round")
    String closeReportRound(@PathVariable String reference, @RequestParam(required = false) String reason, Model model,
                            RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        try {
            reportRound.close(CurrentUser.actor(), ref, reason);
            redirect.addFlashAttribute("success", "Agency report round closed; the review goes on with the reports it has");
        } catch (InvalidSubmissionException e) {
            return form(CLOSE_REPORT_ROUND, ref, reason, e.errors(), model);
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + ref.value();
    }

    @GetMapping("/cases/{reference}/tasks/{taskId}/withdraw")
    String withdrawPage(@PathVariable String reference, @PathVariable String taskId, Model model, RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        try {
            return withdrawForm(ref, withdrawals.withdrawable(ref, taskId), "", List.of(), model);
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/cases/" + ref.value();
        }
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/withdraw")
    String withdraw(@PathVariable String reference, @PathVariable String taskId,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        try {
            AgencyTasks.OpenAgencyTask task = withdrawals.withdrawable(ref, taskId);
            try {
                withdrawals.withdraw(CurrentUser.actor(), ref, taskId, reason);
            } catch (InvalidSubmissionException e) {
                return withdrawForm(ref, task, reason, e.errors(), model);
            }
            redirect.addFlashAttribute("success", task.taskName() + " withdrawn from " + agencies.nameOf(task.agencyCode()));
        } catch (TaskNotAvailableException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + ref.value();
    }

    @GetMapping("/cases/{reference}/proceedings-concluded")
    String concludedPage(@PathVariable String reference, Model model) {
        CaseReference ref = coordinated(reference);
        return form(CONCLUDED, ref, "", List.of(), model);
    }

    @PostMapping("/cases/{reference}/proceedings-concluded")
    String concluded(@PathVariable String reference, @RequestParam(required = false) String confirmed, Model model,
                     RedirectAttributes redirect) {
        CaseReference ref = coordinated(reference);
        if (!"yes".equals(confirmed)) {
            return form(CONCLUDED, ref, "", List.of(new FieldError("confirmed",
                    "Confirm that the parallel proceedings have concluded")), model);
        }
        if (!tasks.publicationHeld(ref)) {
            redirect.addFlashAttribute("problem", "Publication of this case is not waiting for parallel proceedings.");
            return "redirect:/cases/" + ref.value();
        }
        try {
            publications.proceedingsConcluded(CurrentUser.actor(), ref);
            redirect.addFlashAttribute("success", "Recorded that parallel proceedings have concluded; publication can go ahead");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", "Publication of this case is not waiting for parallel proceedings.");
        }
        return "redirect:/cases/" + ref.value();
    }

    private CaseReference coordinated(String reference) {
        Actor actor = CurrentUser.actor();
        if (!actor.has(Role.PRG_COORDINATOR)) {
            throw new NotFoundException();
        }
        return pages.visible(actor, reference);
    }

    private String withdrawForm(CaseReference ref, AgencyTasks.OpenAgencyTask task, String reason, List<FieldError> errors,
                                Model model) {
        model.addAttribute("taskId", task.taskId());
        model.addAttribute("taskName", task.taskName());
        model.addAttribute("agencyName", agencies.nameOf(task.agencyCode()));
        return form(WITHDRAW, ref, reason, errors, model);
    }

    private static String form(String template, CaseReference ref, String reason, List<FieldError> errors, Model model) {
        model.addAttribute("reference", ref.value());
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("errorList", errors);
        model.addAttribute("backLink", "/cases/" + ref.value());
        return template;
    }
}
