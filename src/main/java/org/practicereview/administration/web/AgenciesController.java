package org.practicereview.administration.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.practicereview.administration.AgencyAdministration;
import org.practicereview.identity.AgencyDetails;
import org.practicereview.identity.AgencySector;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
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

/** Agencies: list, add (details, check answers), change, retire and reinstate, and who answers for each. */
@Controller
class AgenciesController {

    static final String DRAFT = "administration.newAgency";

    private final AgencyAdministration administration;
    private final Agencies agencies;
    private final Users users;

    AgenciesController(AgencyAdministration administration, Agencies agencies, Users users) {
        this.administration = administration;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/admin/agencies")
    String list(Model model) {
        model.addAttribute("agencies", agencies.everyAgency());
        model.addAttribute("backLink", "/admin");
        return "administration/agencies/list";
    }

    @GetMapping("/admin/agencies/new")
    String newAgency(HttpSession session, Model model) {
        AgencyDetails draft = (AgencyDetails) session.getAttribute(DRAFT);
        return form(model, draft == null ? new AgencyDetails("", "", null, "", true) : draft, null, List.of());
    }

    @PostMapping("/admin/agencies/new")
    String saveNew(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String sector, @RequestParam(required = false) String mailbox,
                   HttpSession session, Model model) {
        AgencyDetails draft = new AgencyDetails(AgencyAdministration.normaliseCode(code), name, sector, mailbox, true);
        List<FieldError> errors = administration.checkNew(draft);
        if (!errors.isEmpty()) {
            return form(model, draft, null, errors);
        }
        session.setAttribute(DRAFT, draft);
        return "redirect:/admin/agencies/new/check";
    }

    @GetMapping("/admin/agencies/new/check")
    String check(HttpSession session, Model model) {
        AgencyDetails draft = (AgencyDetails) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/admin/agencies/new";
        }
        model.addAttribute("agency", draft);
        FormErrors.none(model);
        model.addAttribute("backLink", "/admin/agencies/new");
        return "administration/agencies/check";
    }

    @PostMapping("/admin/agencies/new/check")
    String add(HttpSession session, Model model, RedirectAttributes redirect) {
        AgencyDetails draft = (AgencyDetails) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/admin/agencies/new";
        }
        try {
            administration.add(CurrentUser.actor(), draft);
        } catch (InvalidSubmissionException e) {
            return form(model, draft, null, e.errors());
        }
        session.removeAttribute(DRAFT);
        redirect.addFlashAttribute("success", "Agency added: " + draft.name().strip() + ". Add the people who answer for it");
        return "redirect:/admin/agencies/" + draft.code();
    }

    @GetMapping("/admin/agencies/{code}")
    String agency(@PathVariable String code, Model model) {
        AgencyDetails agency = existing(code);
        model.addAttribute("agency", agency);
        model.addAttribute("people", users.inGroup(Actor.agencyGroup(code)));
        model.addAttribute("backLink", "/admin/agencies");
        return "administration/agencies/agency";
    }

    @GetMapping("/admin/agencies/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        return form(model, existing(code), code, List.of());
    }

    @PostMapping("/admin/agencies/{code}/edit")
    String change(@PathVariable String code, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String sector, @RequestParam(required = false) String mailbox,
                  Model model, RedirectAttributes redirect) {
        AgencyDetails current = existing(code);
        AgencyDetails changed = new AgencyDetails(code, name, sector, mailbox, current.active());
        try {
            administration.change(CurrentUser.actor(), code, changed);
        } catch (InvalidSubmissionException e) {
            return form(model, changed, code, e.errors());
        }
        redirect.addFlashAttribute("success", "Agency changed");
        return "redirect:/admin/agencies/" + code;
    }

    @GetMapping("/admin/agencies/{code}/retire")
    String retirePage(@PathVariable String code, Model model) {
        model.addAttribute("agency", existing(code));
        model.addAttribute("backLink", "/admin/agencies/" + code);
        return "administration/agencies/retire";
    }

    @PostMapping("/admin/agencies/{code}/retire")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        existing(code);
        administration.retire(CurrentUser.actor(), code);
        redirect.addFlashAttribute("success", "Agency retired: it is no longer offered in forms; its cases and history stay");
        return "redirect:/admin/agencies/" + code;
    }

    @PostMapping("/admin/agencies/{code}/reinstate")
    String reinstate(@PathVariable String code, RedirectAttributes redirect) {
        existing(code);
        administration.reinstate(CurrentUser.actor(), code);
        redirect.addFlashAttribute("success", "Agency reinstated");
        return "redirect:/admin/agencies/" + code;
    }

    private String form(Model model, AgencyDetails agency, String existingCode, List<FieldError> errors) {
        model.addAttribute("agency", agency);
        model.addAttribute("existingCode", existingCode);
        model.addAttribute("sectorOptions", Choices.sectors());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", existingCode == null ? "/admin/agencies" : "/admin/agencies/" + existingCode);
        return "administration/agencies/form";
    }

    private AgencyDetails existing(String code) {
        return agencies.details(code).orElseThrow(NotFoundException::new);
    }

    static String sectorLabel(String sector) {
        return AgencySector.labelOf(sector);
    }
}
