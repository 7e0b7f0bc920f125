package org.practicereview.administration.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home: what they can do, and Camunda's own screens when they are switched on. */
@Controller
class AdminHomeController {

    private final boolean camundaWebapps;

    AdminHomeController(@Value("${practice-review.camunda-webapps.enabled:false}") boolean camundaWebapps) {
        this.camundaWebapps = camundaWebapps;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("camundaWebapps", camundaWebapps);
        return "administration/home";
    }
}
