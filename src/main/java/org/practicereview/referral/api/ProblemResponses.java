package org.practicereview.referral.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.practicereview.workflow.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details. Titles and details are always our own words: nothing a client
 * sent (values, keys, header contents, paths) is ever repeated in them.
 */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A problem with one entry per field, named as the API names it. */
    static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors.stream()
                .map(e -> new ApiFieldError(ApiSection.apiFieldName(e.field()), e.message())).toList());
        return problem;
    }

    record ApiFieldError(String field, String message) {}

    void write(HttpServletResponse response, ProblemDetail problem, HttpHeaders headers) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }
}
