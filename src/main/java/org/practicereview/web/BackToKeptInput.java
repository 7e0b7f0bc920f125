package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.practicereview.shared.web.KeptInput;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After signing in: back to the page whose input was kept when the session ended, where it is put
 * back; otherwise the home page of the person's role.
 */
class BackToKeptInput extends SimpleUrlAuthenticationSuccessHandler {

    BackToKeptInput() {
        super("/home");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        return KeptInput.waitingAt(request.getSession(false)).orElse("/home");
    }
}
