package org.practicereview.administration.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.practicereview.administration.Passwords;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person chooses their password: opening a one-time sign-in link (signed out), or signed in (a
 * temporary password must be changed before anything else, see {@link PasswordChangeRequired}).
 */
@Controller
class AccountController {

    private final Passwords passwords;

    AccountController(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/sign-in/link/{token}")
    String linkPage(@PathVariable String token, Model model) {
        if (passwords.linkHolder(token).isEmpty()) {
            return "administration/account/link-expired";
        }
        return linkForm(model, token, List.of());
    }

    @PostMapping("/sign-in/link/{token}")
    String chooseWithLink(@PathVariable String token, @RequestParam(required = false) String password,
                          @RequestParam(required = false) String confirmation, Model model) {
        try {
            if (!passwords.chooseWithLink(token, password, confirmation)) {
                return "administration/account/link-expired";
            }
        } catch (InvalidSubmissionException e) {
            return linkForm(model, token, e.errors());
        }
        return "administration/account/password-set";
    }

    @GetMapping("/account/password")
    String passwordPage(Model model) {
        return passwordForm(model, List.of());
    }

    @PostMapping("/account/password")
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String confirmation, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        try {
            passwords.change(CurrentUser.actor(), currentPassword, password, confirmation);
        } catch (InvalidSubmissionException e) {
            return passwordForm(model, e.errors());
        }
        session.removeAttribute(PasswordChangeRequired.SESSION_KEY);
        redirect.addFlashAttribute("success", "Your password has been changed");
        return "redirect:/home";
    }

    private String linkForm(Model model, String token, List<FieldError> errors) {
        model.addAttribute("token", token);
        model.addAttribute("username", passwords.linkHolder(token).orElse(""));
        FormErrors.put(model, errors);
        return "administration/account/link";
    }

    private String passwordForm(Model model, List<FieldError> errors) {
        model.addAttribute("mustChange", passwords.mustChange(CurrentUser.actor().userId()));
        FormErrors.put(model, errors);
        return "administration/account/password";
    }
}
