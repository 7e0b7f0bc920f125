package org.practicereview.referral.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of the API: a fault that escapes the other filters (the token check cannot
 * reach the database, say) is answered with RFC 9457 problem details like every other API error,
 * never with the servlet container's error body. A database that is busy or briefly unreachable is a
 * 503 with Retry-After: the request changed nothing and may be sent again with the same
 * Idempotency-Key.
 */
final class ApiFaults extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(ApiFaults.class);

    private final ProblemResponses responses;

    ApiFaults(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted()) {
                throw e;
            }
            HttpHeaders headers = new HttpHeaders();
            responses.write(response, problemFor(e, headers, request.getMethod()), headers);
        }
    }

    /** Busy or unreachable database: 503 with Retry-After; anything else: 500 with an incident number to quote. */
    static ProblemDetail problemFor(Throwable e, HttpHeaders headers, String method) {
        if (transientDatabaseFault(e)) {
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            log.warn("API request refused while the database was busy or unreachable ({})", method);
            return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service busy",
                    "The service could not reach its database in time and stored nothing. Send the same request again"
                            + " (with the same Idempotency-Key) after the number of seconds in Retry-After.");
        }
        String incident = UUID.randomUUID().toString();
        // The incident number only: an exception (even its class) may name what was sent or stored.
        log.error("API request failed: incident {} on {}", incident, method);
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error",
                "The request could not be completed. If this happens again, quote incident " + incident + ".");
    }

    static boolean transientDatabaseFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof TransientDataAccessException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
