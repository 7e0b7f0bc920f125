package org.practicereview.referral.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose body is over the limit before anything reads it, as a 413 problem
 * detail: a referral is a few kilobytes, and the sections' item and length limits keep a valid one
 * far below. A body sent without a length is refused the same way.
 */
final class ApiRequestSize extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses responses;

    ApiRequestSize(long maxBytes, ProblemResponses responses) {
        this.maxBytes = maxBytes;
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (length > maxBytes || chunked) {
            responses.write(response, ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                    "A request to this API can be at most " + maxBytes / 1024 + " KB, sent with its Content-Length;"
                            + " nothing was read or stored."),
                    new HttpHeaders());
            return;
        }
        chain.doFilter(request, response);
    }
}
