package org.practicereview.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.practicereview.shared.web.KeptInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after its session ended fails the CSRF check: instead of "You cannot see this page",
 * the person is told that their session ended and asked to sign in again, and what they posted is kept
 * and put back on the page once they have (see {@link KeptInput}). A signed-in person whose page had
 * gone stale (they signed in again in another tab) is sent back to the page with what they typed.
 * Only posts from our own pages are kept: a cross-site post is refused as before. Every other refusal
 * is the usual 403 page.
 */
class SessionEndedHandler implements AccessDeniedHandler {

    /** Posted with a password, or with nothing worth keeping. */
    private static final Set<String> NOT_KEPT = Set.of("/sign-in", "/sign-out");

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        if (!(refused instanceof CsrfException) || !sameOrigin(request)) {
            otherwise.handle(request, response, refused);
            return;
        }
        if (request.getHeader("X-Requested-With") != null) {
            // The page's own script (saving a draft, staying signed in): it tells the person itself.
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signedIn = signedIn();
        if (!NOT_KEPT.contains(path)) {
            KeptInput.keep(request);
        }
        if (signedIn && !NOT_KEPT.contains(path)) {
            response.sendRedirect(request.getContextPath() + KeptInput.waitingAt(request.getSession(false)).orElse("/home"));
        } else {
            response.sendRedirect(request.getContextPath() + "/sign-in?session-ended");
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Browsers name where a post comes from; a post from another site is never kept. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            // The host only: behind a proxy that ends TLS the port and scheme seen here differ from the browser's.
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
