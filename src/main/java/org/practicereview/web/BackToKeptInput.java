package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
import org.practicereview.shared.web.KeptInput;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in: back to the page whose input was kept when the session ended, where it is put
 * back; else the page a link opened before sign-in (a notice's "record where you used the briefing"),
 * as a path on this site; otherwise the home page of the person's role.
 */
class BackToKeptInput extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requestCache = new HttpSessionRequestCache();

    BackToKeptInput() {
        super("/home");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> linked = linkedPage(request, response);
        return KeptInput.waitingAt(request.getSession(false)).or(() -> linked).orElse("/home");
    }

    /** The page asked for before sign-in, by path and query only: its host came from the request's Host header. */
    private Optional<String> linkedPage(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved == null || !"GET".equals(saved.getMethod())) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/error")) {
                return Optional.empty();
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?", "");
            query = query.replaceAll("^&", "");
            return Optional.of(query.isEmpty() ? path : path + "?" + query);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
