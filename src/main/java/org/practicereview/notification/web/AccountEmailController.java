package org.practicereview.notification.web;

import org.practicereview.notification.MailPreferences;
import org.practicereview.shared.Actor;
import org.practicereview.shared.web.CurrentUser;
import org.practicereview.workflow.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own choice of task emails, one for each task or one daily digest: a question of their account page. */
@Controller
class AccountEmailController {

    private final MailPreferences preferences;

    AccountEmailController(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/account/email")
    String show(Model model) {
        model.addAttribute("backLink", "/account");
        model.addAttribute("choice", preferences.wantsDigest(CurrentUser.actor().userId()) ? "digest" : "each");
        return "notification/account-email";
    }

    @PostMapping("/account/email")
    String choose(@RequestParam(required = false) String taskEmails, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentUser.actor();
        if (!"digest".equals(taskEmails) && !"each".equals(taskEmails)) {
            model.addAttribute("backLink", "/account");
            model.addAttribute("choice", null);
            model.addAttribute("errorList", java.util.List.of(new FieldError("taskEmails", "Select how you want to hear about your tasks")));
            return "notification/account-email";
        }
        preferences.choose(actor, "digest".equals(taskEmails));
        redirect.addFlashAttribute("success", "digest".equals(taskEmails)
                ? "You will get one email each working day listing your task updates"
                : "You will get an email for each task update");
        return "redirect:/account";
    }
}
