package org.practicereview.administration.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.practicereview.administration.AgencyAdministration;
import org.practicereview.administration.People;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administration API's refusals as RFC 9457 problem details, each field's fault in words. Runs
 * before the referral API's resolver (which answers for everything else under /api in the
 * referral's words); anything it does not know is left to that one.
 */
@Component
class AdministrationApiProblems implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    AdministrationApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType() != AdministrationApiController.class
                || response.isCommitted()) {
            return null;
        }
        ProblemDetail problem = problemFor(ex);
        if (problem == null) {
            return null;
        }
        try {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    private static ProblemDetail problemFor(Exception ex) {
        if (ex instanceof InvalidSubmissionException invalid) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The request was refused and nothing was changed: correct the fields listed in errors.");
            problem.setTitle("Invalid request");
            List<Map<String, String>> errors = invalid.errors().stream()
                    .map(f -> Map.of("field", f.field() == null ? "" : f.field(), "message", f.message())).toList();
            problem.setProperty("errors", errors);
            return problem;
        }
        if (ex instanceof AdminApi.NotFound || ex instanceof People.PersonNotFoundException
                || ex instanceof AgencyAdministration.AgencyNotFoundException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such account or agency.");
            problem.setTitle("Not found");
            return problem;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body is not the JSON this operation takes.");
            problem.setTitle("Malformed request");
            return problem;
        }
        return null;
    }
}
