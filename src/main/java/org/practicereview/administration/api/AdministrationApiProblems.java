package org.practicereview.administration.api;

import java.util.List;
import java.util.Map;
import org.practicereview.administration.AgencyAdministration;
import org.practicereview.administration.People;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The administration API's refusals as RFC 9457 problem details, each field's fault in words. */
@RestControllerAdvice(assignableTypes = AdministrationApiController.class)
class AdministrationApiProblems {

    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalid(InvalidSubmissionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The request was refused; nothing was changed. See errors for each field.");
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field() == null ? "" : f.field(), "message", f.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({AdminApi.NotFound.class, People.PersonNotFoundException.class,
            AgencyAdministration.AgencyNotFoundException.class})
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such account or agency.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not the JSON this operation takes.");
        problem.setTitle("Unreadable request");
        return problem;
    }
}
