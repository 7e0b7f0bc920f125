package org.practicereview.administration.web;

import org.practicereview.identity.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's home: what needs their attention (failed notices, a burst of failed sign-ins),
 * what they can do, and Camunda's own screens when they are switched on.
 */
@Controller
class AdminHomeController {

    private final boolean camundaWebapps;
    private final SignInThrottle throttle;

    AdminHomeController(@Value("${practice-review.camunda-webapps.enabled:false}") boolean camundaWebapps,
                        SignInThrottle throttle) {
        this.camundaWebapps = camundaWebapps;
        this.throttle = throttle;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("camundaWebapps", camundaWebapps);
        throttle.burst().ifPresent(b -> model.addAttribute("signInBurst", b.failures() + " failed sign-ins in the last "
                + minutes(b.within().toMinutes())));
        return "administration/home";
    }

    private static String minutes(long minutes) {
        return minutes == 1 ? "minute" : minutes + " minutes";
    }
}
