package org.practicereview.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.practicereview.identity.SignedInUser;
import org.practicereview.shared.Role;
import org.practicereview.shared.web.KeptInput;
import org.practicereview.workflow.FieldError;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Start, sign-in and the footer's pages. */
@Controller
class SiteController {

    @GetMapping("/")
    String start() {
        return "pages/start";
    }

    /** Where a signed-in user lands: the page of their main role. */
    @GetMapping("/home")
    String home(@AuthenticationPrincipal SignedInUser user) {
        var roles = user.account().roles();
        if (roles.contains(Role.AGENCY)) {
            return "redirect:/my-referrals";
        }
        if (roles.contains(Role.AUDITOR)) {
            return "redirect:/audit";
        }
        if (roles.contains(Role.ADMIN) && roles.size() == 1) {
            return "redirect:/admin";
        }
        return "redirect:/tasks";
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                  @RequestParam(name = "session-ended", required = false) String sessionEnded, HttpSession session,
                  Model model) {
        if (sessionEnded != null) {
            model.addAttribute("sessionEnded", true);
            model.addAttribute("inputKept", KeptInput.waitingAt(session).isPresent());
        }
        if (throttled != null) {
            model.addAttribute("errorList", List.of(new FieldError("username",
                    "There have been too many failed attempts to sign in. Wait " + waitInWords(throttled)
                            + ", then try again")));
        } else if (error != null) {
            model.addAttribute("errorList", List.of(new FieldError("username", "Enter a correct username and password")));
        }
        return "pages/sign-in";
    }

    /** "30 seconds", "1 minute", "15 minutes"; a value that is not a number of seconds reads as a minute. */
    static String waitInWords(String seconds) {
        long s = seconds.matches("\\d{1,6}") ? Long.parseLong(seconds) : 60;
        if (s < 60) {
            return s + (s == 1 ? " second" : " seconds");
        }
        long minutes = (s + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    @GetMapping("/signed-out")
    String signedOut(Model model) {
        model.addAttribute("signedOut", true);
        return "pages/sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "pages/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "pages/cookies";
    }
}
