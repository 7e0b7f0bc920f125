package org.practicereview.learning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.decision.DeclineFollowUps;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.CaseAccess;
import org.practicereview.learning.ActionPlans;
import org.practicereview.learning.NewAction;
import org.practicereview.learning.PlanView;
import org.practicereview.learning.PlanViews;
import org.practicereview.shared.Actor;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.NotPermittedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The living action plans: the list, one plan, adding to it, an action's page with progress and the PRG's answer. */
@Controller
class ActionPlansController {

    private final PlanViews views;
    private final ActionPlans plans;
    private final Agencies agencies;
    private final CaseAccess caseAccess;
    private final DeclineFollowUps followUps;

    ActionPlansController(PlanViews views, ActionPlans plans, Agencies agencies, CaseAccess caseAccess, DeclineFollowUps followUps) {
        this.followUps = followUps;
        this.views = views;
        this.plans = plans;
        this.agencies = agencies;
        this.caseAccess = caseAccess;
    }

    @ExceptionHandler(NotPermittedException.class)
    void notTheirs(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @GetMapping("/action-plans")
    String list(Model model) {
        model.addAttribute("plans", views.plans(CurrentUser.actor()));
        model.addAttribute("followUps", followUps.visibleTo(CurrentUser.actor()));
        return "learning/plans";
    }

    @GetMapping("/action-plans/{ref}")
    String plan(@PathVariable String ref, Model model) {
        model.addAttribute("plan", visible(ref));
        model.addAttribute("backLink", "/action-plans");
        return "learning/plan";
    }

    @GetMapping("/action-plans/{ref}/recommendations/new")
    String newRecommendation(@PathVariable String ref, Model model) {
        return recommendationForm(ref, "", List.of(), model);
    }

    @PostMapping("/action-plans/{ref}/recommendations/new")
    String addRecommendation(@PathVariable String ref, @RequestParam(required = false) String recommendation, Model model,
                             RedirectAttributes redirect) {
        try {
            int number = plans.addRecommendation(CurrentUser.actor(), reference(ref), recommendation);
            return "redirect:/action-plans/" + ref + "/recommendations/" + number + "/actions/new";
        } catch (InvalidSubmissionException e) {
            return recommendationForm(ref, recommendation, e.errors(), model);
        } catch (BusinessRuleException e) {
            return refused(e, "/action-plans/" + ref, redirect);
        }
    }

    @GetMapping("/action-plans/{ref}/recommendations/{n}/actions/new")
    String newAction(@PathVariable String ref, @PathVariable int n, Model model) {
        return actionForm(ref, n, Map.of(), List.of(), model);
    }

    @PostMapping("/action-plans/{ref}/recommendations/{n}/actions/new")
    String addAction(@PathVariable String ref, @PathVariable int n, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes redirect) {
        DateInput target = new DateInput(form.get("targetDate-day"), form.get("targetDate-month"), form.get("targetDate-year"));
        NewAction action = new NewAction(form.get("description"), form.get("ownerAgency"), target.date());
        List<FieldError> errors = new ArrayList<>(plans.check(action));
        String dateProblem = target.problem("The target date");
        if (dateProblem != null) {
            errors.removeIf(e -> "targetDate".equals(e.field()));
            errors.add(new FieldError("targetDate", dateProblem));
        }
        try {
            if (errors.isEmpty()) {
                plans.addAction(CurrentUser.actor(), reference(ref), n, action);
                redirect.addFlashAttribute("success", "Action added to recommendation " + n);
                return "redirect:/action-plans/" + ref;
            }
        } catch (InvalidSubmissionException e) {
            errors = e.errors();
        } catch (BusinessRuleException e) {
            return refused(e, "/action-plans/" + ref, redirect);
        }
        return actionForm(ref, n, form, errors, model);
    }

    @GetMapping("/action-plans/{ref}/actions/{id}")
    String action(@PathVariable String ref, @PathVariable long id, @RequestParam(required = false) String tooLarge,
                  @RequestParam(required = false) String unreadable, Model model) {
        List<FieldError> errors = tooLarge != null || unreadable != null ? List.of(new FieldError("evidence",
                tooLarge != null ? "The selected file must be smaller than 20 MB"
                        : "The selected file could not be received: rename it with letters, numbers and hyphens and upload it again"))
                : List.of();
        return actionPage(ref, id, Map.of(), errors, model);
    }

    @PostMapping("/action-plans/{ref}/actions/{id}/progress")
    String progress(@PathVariable String ref, @PathVariable long id, @RequestParam Map<String, String> form,
                    @RequestParam(required = false) MultipartFile evidence, Model model,
                    RedirectAttributes redirect) throws IOException {
        String progress = form.get("progress");
        if (!"done".equals(progress) && !"working".equals(progress)) {
            return actionPage(ref, id, form, List.of(new FieldError("progress", "Select whether the action is done")), model);
        }
        byte[] file = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
        try {
            plans.reportProgress(CurrentUser.actor(), reference(ref), id, "done".equals(progress), form.get("narrative"), file);
        } catch (InvalidSubmissionException e) {
            return actionPage(ref, id, form, e.errors(), model);
        } catch (BusinessRuleException e) {
            return refused(e, "/action-plans/" + ref + "/actions/" + id, redirect);
        }
        redirect.addFlashAttribute("success", "done".equals(progress)
                ? "Progress recorded: the PRG has been asked to accept the action as done" : "Progress recorded");
        return "redirect:/action-plans/" + ref + "/actions/" + id;
    }

    @PostMapping("/action-plans/{ref}/actions/{id}/decision")
    String decision(@PathVariable String ref, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                    RedirectAttributes redirect) {
        String outcome = form.get("outcome");
        Actor actor = CurrentUser.actor();
        try {
            if ("accept".equals(outcome)) {
                plans.accept(actor, reference(ref), id);
                redirect.addFlashAttribute("success", "Action accepted as done");
            } else if ("more".equals(outcome)) {
                plans.askForMore(actor, reference(ref), id, form.get("reason"));
                redirect.addFlashAttribute("success", "The agency has been asked for more");
            } else {
                return actionPage(ref, id, form, List.of(new FieldError("outcome", "Select whether you accept the action as done")), model);
            }
        } catch (InvalidSubmissionException e) {
            return actionPage(ref, id, form, e.errors(), model);
        } catch (BusinessRuleException e) {
            return refused(e, "/action-plans/" + ref + "/actions/" + id, redirect);
        }
        return "redirect:/action-plans/" + ref + "/actions/" + id;
    }

    @GetMapping("/action-plans/{ref}/actions/{id}/evidence/{documentId}")
    ResponseEntity<byte[]> evidence(@PathVariable String ref, @PathVariable long id, @PathVariable long documentId) {
        Actor actor = CurrentUser.actor();
        CaseReference reference = reference(ref);
        var document = plans.evidence(actor, reference, id, documentId).orElseThrow(NotFoundException::new);
        caseAccess.recordDownload(actor, reference, "evidence of an action");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename(document.fileName()).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(document.content());
    }

    private String recommendationForm(String ref, String value, List<FieldError> errors, Model model) {
        PlanView plan = visible(ref);
        if (!plan.mayAdd()) {
            throw new NotFoundException();
        }
        model.addAttribute("plan", plan);
        model.addAttribute("value", value == null ? "" : value);
        errors(model, errors);
        model.addAttribute("backLink", "/action-plans/" + ref);
        return "learning/recommendation";
    }

    private String actionForm(String ref, int n, Map<String, String> form, List<FieldError> errors, Model model) {
        PlanView plan = visible(ref);
        PlanView.RecommendationView recommendation = plan.recommendations().stream().filter(r -> r.number() == n).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!plan.mayAdd()) {
            throw new NotFoundException();
        }
        model.addAttribute("plan", plan);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("form", form);
        model.addAttribute("agencyOptions", agencies.all().stream().map(a -> List.of(a.code(), a.name())).toList());
        errors(model, errors);
        model.addAttribute("backLink", "/action-plans/" + ref);
        return "learning/new-action";
    }

    private String actionPage(String ref, long id, Map<String, String> form, List<FieldError> errors, Model model) {
        PlanView plan = visible(ref);
        PlanView.ActionView action = plan.actions().stream().filter(a -> a.id() == id).findFirst().orElseThrow(NotFoundException::new);
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("recommendationText", plan.recommendations().stream().filter(r -> r.actions().contains(action))
                .map(PlanView.RecommendationView::text).findFirst().orElse(""));
        model.addAttribute("form", form);
        errors(model, errors);
        model.addAttribute("backLink", "/action-plans/" + ref);
        return "learning/action";
    }

    /** A rule that refuses (the plan is closed, the PRG is considering the action): said on the page, in its words. */
    private static String refused(BusinessRuleException e, String page, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.getMessage());
        return "redirect:" + page;
    }

    private static void errors(Model model, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", byField);
    }

    private PlanView visible(String ref) {
        return views.plan(CurrentUser.actor(), reference(ref)).orElseThrow(NotFoundException::new);
    }

    private static CaseReference reference(String ref) {
        try {
            return new CaseReference(ref);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
