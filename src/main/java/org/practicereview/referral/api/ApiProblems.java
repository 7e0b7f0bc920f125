package org.practicereview.referral.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.practicereview.shared.web.NotFoundException;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.NotPermittedException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error under /api as a problem detail, including those raised before a controller is chosen
 * (no route, wrong method, wrong content type), which an advice scoped to this package would never
 * see. Runs before Spring's own resolvers, so their log lines (which quote parse errors, and with
 * them what was sent) are never written for the API. A 500 logs an incident number, nothing else.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ProblemResponses responses;

    ApiProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
            return null;
        }
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem = problemFor(ex, headers, request);
        try {
            responses.write(response, problem, headers);
        } catch (IOException e) {
            log.warn("API problem response could not be written");
        }
        return new ModelAndView();
    }

    private ProblemDetail problemFor(Exception ex, HttpHeaders headers, HttpServletRequest request) {
        if (ex instanceof InvalidSubmissionException invalid) {
            boolean answer = request.getRequestURI().endsWith("/answers");
            return ProblemResponses.withErrors(ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    answer ? "Invalid answer" : "Invalid referral",
                    (answer ? "The answer" : "The referral") + " was not accepted and nothing was stored: correct the fields listed in errors."),
                    invalid.errors());
        }
        if (ex instanceof TaskNotAvailableException gone) {
            // Our own sentence ("There is no open question about this referral..."), never what was sent.
            return ProblemResponses.problem(HttpStatus.CONFLICT, "No open question", gone.getMessage());
        }
        if (ex instanceof IdempotencyKeyException key) {
            return ProblemResponses.problem(key.kind().status, key.kind().title, key.kind().detail);
        }
        if (ex instanceof BusinessRuleException || ex instanceof TaskNotAvailableException) {
            return ProblemResponses.problem(HttpStatus.CONFLICT, "Not possible now", ex.getMessage());
        }
        if (ex instanceof NotFoundException) {
            return notFound();
        }
        if (ex instanceof NotPermittedException || ex instanceof AccessDeniedException) {
            return ProblemResponses.problem(HttpStatus.FORBIDDEN, "Forbidden", "This account may not do this.");
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "Malformed request",
                    "The request body is not JSON of the documented shape.");
        }
        if (ex instanceof ErrorResponse known) {
            headers.addAll(known.getHeaders());
            return forStatus(known.getStatusCode());
        }
        return ApiFaults.problemFor(ex, headers, request.getMethod());
    }

    private static ProblemDetail forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> notFound();
            case 405 -> ProblemResponses.problem(status, "Method not allowed", "This address does not accept that method: see the Allow header.");
            case 406 -> ProblemResponses.problem(status, "Not acceptable", "Responses are application/json, errors application/problem+json.");
            case 415 -> ProblemResponses.problem(status, "Unsupported media type", "Send the request body as application/json.");
            default -> ProblemResponses.problem(status, status.is4xxClientError() ? "Bad request" : "Request failed",
                    "The request is not in the documented form.");
        };
    }

    private static ProblemDetail notFound() {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing here that this account may see.");
    }
}
