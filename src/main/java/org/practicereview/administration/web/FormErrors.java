package org.practicereview.administration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.workflow.FieldError;
import org.springframework.ui.Model;

/** Puts a page's faults in the model: the list for the error summary and the title, the map for each field. */
final class FormErrors {

    private FormErrors() {}

    static void put(Model model, List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorList", errors);
        model.addAttribute("errors", byField);
    }

    static void none(Model model) {
        put(model, List.of());
    }
}
