package org.practicereview.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns every request away, with 503 and Retry-After, until Spring Boot says the application accepts
 * traffic. Tomcat listens before the diagrams are deployed and the demo data is written (both run
 * when the context is refreshed); readiness comes only after that, so the first page a person reaches
 * works (a sign-in before the demo accounts existed was refused). The health probes and the static
 * assets of this page pass.
 */
class StartingUpFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/css/", "/assets/", "/webjars/");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <title>The service is starting – Practice Review</title>
              <link rel="stylesheet" href="/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css">
              <link rel="stylesheet" href="/css/app.css">
            </head>
            <body class="govuk-template__body">
            <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
              <h1 class="govuk-heading-l">The service is starting</h1>
              <p class="govuk-body">Practice Review is getting ready. Try again in a few seconds.</p>
              <p class="govuk-body"><a class="govuk-link" href="">Try again</a></p>
            </main>
            </div>
            </body>
            </html>
            """;

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Service starting","status":503,\
            "detail":"The service is starting. Retry after the number of seconds in the Retry-After header."}
            """;

    private final ApplicationAvailability availability;

    StartingUpFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || alwaysOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean api = path(request).startsWith("/api/");
        response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
        response.getWriter().write(api ? PROBLEM : PAGE);
    }

    private static boolean alwaysOpen(HttpServletRequest request) {
        String path = path(request);
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
