package org.practicereview.referral.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 (with both challenges) and 403 of the API, as problem details. */
final class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "practice-review";

    private final ProblemResponses responses;

    ApiAuthenticationProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        HttpHeaders headers = new HttpHeaders();
        String bearer = "Bearer realm=\"" + REALM + "\"";
        headers.add(HttpHeaders.WWW_AUTHENTICATE, failure instanceof InvalidTokenException ? bearer + ", error=\"invalid_token\"" : bearer);
        headers.add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        if (failure instanceof BasicThrottledException throttled) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
        }
        String detail = failure instanceof BasicThrottledException
                ? "Too many failed attempts for this account or address: try again after the seconds in Retry-After,"
                        + " or use a token."
                : "Send a valid API token (Authorization: Bearer ...) or a system account's credentials (HTTP Basic).";
        responses.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail), headers);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        responses.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "Forbidden",
                "This account may not use this part of the API."), new HttpHeaders());
    }

    static final class InvalidTokenException extends AuthenticationException {
        InvalidTokenException() {
            super("Invalid API token");
        }
    }

    static final class BasicThrottledException extends AuthenticationException {

        private final transient java.time.Duration wait;

        BasicThrottledException(java.time.Duration wait) {
            super("Too many failed attempts");
            this.wait = wait;
        }

        /** Whole seconds to wait, at least one. */
        long seconds() {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }
    }
}
