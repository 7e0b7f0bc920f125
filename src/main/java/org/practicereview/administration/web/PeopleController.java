package org.practicereview.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.practicereview.administration.People;
import org.practicereview.administration.PersonDetails;
import org.practicereview.administration.SignInHandedOver;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * People's accounts: find, add (details, then check answers and how they first sign in), change,
 * deactivate and reactivate, a new sign-in, unlock. A link or temporary password is shown once, on
 * the page that answers the form, and never kept in the session.
 */
@Controller
class PeopleController {

    static final String DRAFT = "administration.newPerson";

    private final People people;
    private final Users users;
    private final Agencies agencies;
    private final Choices choices;

    PeopleController(People people, Users users, Agencies agencies, Choices choices) {
        this.people = people;
        this.users = users;
        this.agencies = agencies;
        this.choices = choices;
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String q, Model model) {
        List<UserAccount> found = users.search(q, 500);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("people", found.stream().map(a -> PersonRow.of(a, agencies, people.locked(a.username()))).toList());
        model.addAttribute("backLink", "/admin");
        return "administration/people/list";
    }

    @GetMapping("/admin/people/new")
    String newPerson(@RequestParam(required = false) String agency, HttpSession session, Model model) {
        // Coming from an agency's page starts a person for that agency; otherwise the draft is kept (Change links).
        PersonDetails draft = agency == null ? (PersonDetails) session.getAttribute(DRAFT) : null;
        if (draft == null) {
            draft = new PersonDetails("", "", "", agency == null ? List.of() : List.of("AGENCY"), agency, null, null);
        }
        return details(model, draft, List.of());
    }

    @PostMapping("/admin/people/new")
    String saveNew(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                   @RequestParam(required = false) String email, @RequestParam(required = false) List<String> roles,
                   @RequestParam(required = false) String agencyCode, HttpSession session, Model model) {
        PersonDetails draft = new PersonDetails(strip(username), displayName, email, roles, agencyCode, PersonDetails.LINK, null);
        List<FieldError> errors = people.checkNew(draft);
        if (!errors.isEmpty()) {
            return details(model, draft, errors);
        }
        session.setAttribute(DRAFT, draft);
        return "redirect:/admin/people/new/check";
    }

    @GetMapping("/admin/people/new/check")
    String check(HttpSession session, Model model) {
        PersonDetails draft = (PersonDetails) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/admin/people/new";
        }
        return checkPage(model, draft, null, List.of());
    }

    @PostMapping("/admin/people/new/check")
    String add(@RequestParam(required = false) String signIn, @RequestParam(required = false) String temporaryPassword,
               HttpSession session, Model model, HttpServletResponse response) {
        PersonDetails saved = (PersonDetails) session.getAttribute(DRAFT);
        if (saved == null) {
            return "redirect:/admin/people/new";
        }
        PersonDetails person = new PersonDetails(saved.username(), saved.displayName(), saved.email(), saved.roles(),
                saved.agencyCode(), signIn, temporaryPassword);
        try {
            SignInHandedOver handedOver = people.add(CurrentUser.actor(), person);
            session.removeAttribute(DRAFT);
            return handedOver(model, response, handedOver, "Account added");
        } catch (InvalidSubmissionException e) {
            return checkPage(model, saved, signIn, e.errors());
        }
    }

    @GetMapping("/admin/people/{username}")
    String person(@PathVariable String username, Model model) {
        UserAccount account = account(username);
        model.addAttribute("person", PersonRow.of(account, agencies, people.locked(username)));
        model.addAttribute("self", CurrentUser.actor().userId().equals(username));
        model.addAttribute("backLink", "/admin/people");
        return "administration/people/person";
    }

    @GetMapping("/admin/people/{username}/edit")
    String edit(@PathVariable String username, Model model) {
        UserAccount a = account(username);
        return editPage(model, username, new PersonDetails(username, a.displayName(), a.email(),
                a.roles().stream().map(Enum::name).toList(), a.agencyCode(), null, null), List.of());
    }

    @PostMapping("/admin/people/{username}/edit")
    String change(@PathVariable String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String email, @RequestParam(required = false) List<String> roles,
                  @RequestParam(required = false) String agencyCode, Model model, RedirectAttributes redirect) {
        account(username);
        PersonDetails person = new PersonDetails(username, displayName, email, roles, agencyCode, null, null);
        try {
            people.change(CurrentUser.actor(), username, person);
        } catch (InvalidSubmissionException e) {
            return editPage(model, username, person, e.errors());
        }
        redirect.addFlashAttribute("success", "Account changed");
        return "redirect:/admin/people/" + username;
    }

    @GetMapping("/admin/people/{username}/deactivate")
    String deactivatePage(@PathVariable String username, Model model) {
        model.addAttribute("person", PersonRow.of(account(username), agencies, false));
        FormErrors.put(model, people.checkDeactivate(CurrentUser.actor(), username));
        model.addAttribute("backLink", "/admin/people/" + username);
        return "administration/people/deactivate";
    }

    @PostMapping("/admin/people/{username}/deactivate")
    String deactivate(@PathVariable String username, Model model, RedirectAttributes redirect) {
        account(username);
        try {
            people.deactivate(CurrentUser.actor(), username);
        } catch (InvalidSubmissionException e) {
            return deactivatePage(username, model);
        }
        redirect.addFlashAttribute("success", "Account deactivated: they can no longer sign in, and what they did still shows their name");
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/reactivate")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        account(username);
        people.reactivate(CurrentUser.actor(), username);
        redirect.addFlashAttribute("success", "Account reactivated");
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        account(username);
        people.unlock(CurrentUser.actor(), username);
        redirect.addFlashAttribute("success", "Account unlocked: they can try to sign in again now");
        return "redirect:/admin/people/" + username;
    }

    @GetMapping("/admin/people/{username}/reset")
    String resetPage(@PathVariable String username, Model model) {
        return resetForm(model, account(username), null, List.of());
    }

    @PostMapping("/admin/people/{username}/reset")
    String reset(@PathVariable String username, @RequestParam(required = false) String signIn,
                 @RequestParam(required = false) String temporaryPassword, Model model, HttpServletResponse response) {
        UserAccount account = account(username);
        try {
            return handedOver(model, response, people.reset(CurrentUser.actor(), username, signIn, temporaryPassword),
                    "New sign-in issued");
        } catch (InvalidSubmissionException e) {
            return resetForm(model, account, signIn, e.errors());
        }
    }

    private String resetForm(Model model, UserAccount account, String signIn, List<FieldError> errors) {
        model.addAttribute("person", PersonRow.of(account, agencies, false));
        model.addAttribute("signIn", signIn);
        model.addAttribute("signInOptions", Choices.signIn());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/people/" + account.username());
        return "administration/people/reset";
    }

    private String handedOver(Model model, HttpServletResponse response, SignInHandedOver handedOver, String title) {
        response.setHeader("Cache-Control", "no-store");
        UserAccount account = account(handedOver.username());
        model.addAttribute("title", title);
        model.addAttribute("person", PersonRow.of(account, agencies, false));
        model.addAttribute("link", handedOver.isLink()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().path(handedOver.linkPath()).toUriString() : null);
        model.addAttribute("expires", handedOver.linkExpires() == null ? null
                : org.practicereview.shared.GovDates.time(handedOver.linkExpires()));
        return "administration/people/handed-over";
    }

    private String details(Model model, PersonDetails draft, List<FieldError> errors) {
        model.addAttribute("person", draft);
        model.addAttribute("roleOptions", Choices.roles());
        model.addAttribute("agencyOptions", choices.agencies());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/people");
        return "administration/people/new";
    }

    private String checkPage(Model model, PersonDetails draft, String signIn, List<FieldError> errors) {
        model.addAttribute("person", draft);
        model.addAttribute("roles", draft.roles().stream().map(r -> Choices.roleLabel(org.practicereview.shared.Role.valueOf(r))).toList());
        model.addAttribute("agencyName", draft.agencyCode() == null || !draft.roles().contains("AGENCY") ? null
                : agencies.nameOf(draft.agencyCode()) + " (" + draft.agencyCode() + ")");
        model.addAttribute("signIn", signIn);
        model.addAttribute("signInOptions", Choices.signIn());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/people/new");
        return "administration/people/check";
    }

    private String editPage(Model model, String username, PersonDetails person, List<FieldError> errors) {
        model.addAttribute("username", username);
        model.addAttribute("person", person);
        model.addAttribute("roleOptions", Choices.roles());
        model.addAttribute("agencyOptions", choices.agencies());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/people/" + username);
        return "administration/people/edit";
    }

    private UserAccount account(String username) {
        return users.find(username).orElseThrow(NotFoundException::new);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
