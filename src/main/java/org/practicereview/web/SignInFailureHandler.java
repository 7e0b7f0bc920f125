package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed sign-in back to the sign-in page with the reason, and records it in the trail. */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Trail trail;

    SignInFailureHandler(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean throttled = exception instanceof ThrottledAuthenticationProvider.SignInThrottledException;
        trail.append(null, Actor.SYSTEM, throttled ? TrailAction.SIGN_IN_THROTTLED : TrailAction.SIGN_IN_FAILED, "account " + SignInEvents.safeName(request));
        response.sendRedirect(request.getContextPath() + (throttled ? "/sign-in?throttled" : "/sign-in?error"));
    }
}
