package org.practicereview.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** The error page's model: Spring Boot's, with a refusal's words or a fault's reference ({@link Refusals}). */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object problem = request.getAttribute(Refusals.PROBLEM, RequestAttributes.SCOPE_REQUEST);
        Object reference = request.getAttribute(Refusals.REFERENCE, RequestAttributes.SCOPE_REQUEST);
        if (problem != null) {
            attributes.put("problem", problem);
            // For the error summary component: one problem, with no field to link to.
            attributes.put("problems", java.util.List.of(new org.practicereview.workflow.FieldError(null, problem.toString())));
        }
        if (reference != null) {
            attributes.put("reference", reference);
        }
        return attributes;
    }
}
