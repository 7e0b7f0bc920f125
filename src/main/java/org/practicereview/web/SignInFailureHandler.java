package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the sign-in page with the reason and, when it must wait, for how
 * long. Failures are not case events: the throttle keeps them in the security log, outside the trail.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = exception instanceof ThrottledAuthenticationProvider.SignInThrottledException throttled
                ? "/sign-in?throttled=" + throttled.seconds() : "/sign-in?error";
        response.sendRedirect(request.getContextPath() + query);
    }
}
