package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Successful sign-ins go into the trail (failures are recorded by {@link SignInFailureHandler}). */
@Component
class SignInEvents {

    private final Trail trail;

    SignInEvents(Trail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            trail.append(null, user.actor(), TrailAction.SIGNED_IN, "");
        }
    }

    /** The typed user name, only if it looks like a user name; never free text into the trail. */
    static String safeName(HttpServletRequest request) {
        String name = request.getParameter("username");
        return name != null && name.matches("[a-zA-Z0-9._-]{1,100}") ? name.toLowerCase(java.util.Locale.ROOT) : "(not a user name)";
    }
}
