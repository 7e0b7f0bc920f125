package org.practicereview.web;

import java.util.List;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.notification.MailPreferences;
import org.practicereview.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's own account, reached from their name in the header: who they are to the service, the
 * roles and agency they act for, their choice of task emails, their password, and signing out. Each
 * change is made on its owner's page ({@code /account/email}, {@code /account/password}).
 */
@Controller
class YourAccountController {

    private final MailPreferences preferences;
    private final Agencies agencies;
    private final Users users;

    YourAccountController(MailPreferences preferences, Agencies agencies, Users users) {
        this.preferences = preferences;
        this.agencies = agencies;
        this.users = users;
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        // As stored now, not as at sign-in: an administrator may have changed the address or roles since.
        UserAccount account = users.find(user.account().username()).orElse(user.account());
        model.addAttribute("account", account);
        model.addAttribute("agencyName", account.agencyCode() == null ? null : agencies.nameOf(account.agencyCode()));
        model.addAttribute("roles", roles(account));
        model.addAttribute("taskEmails", preferences.wantsDigest(account.username())
                ? "One email each working day, listing your task updates" : "An email for each task update");
        return "account/index";
    }

    private static List<String> roles(UserAccount account) {
        return account.roles().stream().sorted().map(Role::label)
                .map(label -> Character.toUpperCase(label.charAt(0)) + label.substring(1)).toList();
    }
}
