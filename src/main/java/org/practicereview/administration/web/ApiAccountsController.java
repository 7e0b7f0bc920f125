package org.practicereview.administration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.practicereview.administration.ApiAccess;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.IssuedToken;
import org.practicereview.identity.UserAccount;
import org.practicereview.identity.Users;
import org.practicereview.shared.GovDates;
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

/**
 * Agency system accounts and their API tokens. A new token is shown on the page that answers the
 * form, once, and is kept nowhere: not in the session, not in the database (only its hash).
 */
@Controller
class ApiAccountsController {

    private final ApiAccess access;
    private final Users users;
    private final Agencies agencies;
    private final Choices choices;

    ApiAccountsController(ApiAccess access, Users users, Agencies agencies, Choices choices) {
        this.access = access;
        this.users = users;
        this.agencies = agencies;
        this.choices = choices;
    }

    @GetMapping("/admin/api-accounts")
    String list(Model model) {
        model.addAttribute("accounts", access.accounts().stream().map(a -> List.of(a.username(), a.displayName(),
                actsFor(a), a.enabled() ? "Active" : "Deactivated")).toList());
        model.addAttribute("backLink", "/admin");
        return "administration/api-accounts/list";
    }

    @GetMapping("/admin/api-accounts/new")
    String newAccount(Model model) {
        return form(model, "", "", null, null, List.of());
    }

    @PostMapping("/admin/api-accounts/new")
    String add(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
               @RequestParam(required = false) String purpose, @RequestParam(required = false) String agencyCode,
               Model model, RedirectAttributes redirect) {
        try {
            UserAccount account = access.addAccount(CurrentUser.actor(), username, displayName, purpose, agencyCode);
            redirect.addFlashAttribute("success", "System account added. Issue it a token");
            return "redirect:/admin/api-accounts/" + account.username();
        } catch (InvalidSubmissionException e) {
            return form(model, username, displayName, purpose, agencyCode, e.errors());
        }
    }

    @GetMapping("/admin/api-accounts/{username}")
    String account(@PathVariable String username, Model model) {
        return accountPage(model, username, "", List.of());
    }

    @PostMapping("/admin/api-accounts/{username}/tokens")
    String issue(@PathVariable String username, @RequestParam(required = false) String name, Model model,
                 HttpServletResponse response) {
        UserAccount account = systemAccount(username);
        try {
            IssuedToken token = access.issue(CurrentUser.actor(), username, name);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("account", account);
            model.addAttribute("token", token);
            return "administration/api-accounts/token-issued";
        } catch (InvalidSubmissionException e) {
            return accountPage(model, username, name, e.errors());
        }
    }

    @PostMapping("/admin/api-accounts/{username}/tokens/{tokenId}/revoke")
    String revoke(@PathVariable String username, @PathVariable String tokenId, RedirectAttributes redirect) {
        systemAccount(username);
        try {
            access.revoke(CurrentUser.actor(), username, tokenId);
        } catch (RuntimeException notTheirs) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("success", "Token revoked: it stops working at once");
        return "redirect:/admin/api-accounts/" + username;
    }

    private String accountPage(Model model, String username, String tokenName, List<FieldError> errors) {
        UserAccount account = systemAccount(username);
        model.addAttribute("account", account);
        model.addAttribute("actsFor", actsFor(account));
        model.addAttribute("tokens", access.tokensOf(username).stream().map(t -> new TokenRow(t.id(), t.name(),
                GovDates.time(t.createdAt()), t.lastUsedAt() == null ? "Never" : GovDates.time(t.lastUsedAt()),
                t.revoked() ? "Revoked " + GovDates.day(t.revokedAt()) : "Active", !t.revoked())).toList());
        model.addAttribute("name", tokenName);
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/api-accounts");
        return "administration/api-accounts/account";
    }

    private String form(Model model, String username, String displayName, String purpose, String agencyCode,
                        List<FieldError> errors) {
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposeOptions", List.of(
                List.of(ApiAccess.FOR_AGENCY, "An agency’s case system, sending referrals (choose the agency below)"),
                List.of(ApiAccess.FOR_ADMINISTRATION, "The board’s own scripts, using the administration API")));
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("agencyOptions", choices.agencies());
        FormErrors.put(model, errors);
        model.addAttribute("backLink", "/admin/api-accounts");
        return "administration/api-accounts/new";
    }

    /** Whom a system account acts for, in words. */
    private String actsFor(UserAccount account) {
        return account.agencyCode() == null ? "The board’s administration"
                : agencies.nameOf(account.agencyCode()) + " (" + account.agencyCode() + ")";
    }

    private UserAccount systemAccount(String username) {
        if (!access.isSystemAccount(username)) {
            throw new NotFoundException();
        }
        return users.find(username).orElseThrow(NotFoundException::new);
    }

    /** A token as the page lists it. */
    record TokenRow(String id, String name, String created, String lastUsed, String status, boolean active) {}
}
