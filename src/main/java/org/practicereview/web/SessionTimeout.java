package org.practicereview.web;

import java.time.Duration;
import org.practicereview.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The GOV.UK timeout warning's server side: every signed-in page tells its script how long the session
 * lasts without a request, and "Stay signed in" posts to {@link KeepAlive}, which is a request, so the
 * session goes on.
 */
@ControllerAdvice
class SessionTimeout {

    private final Duration timeout;

    SessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    /** Seconds the session lasts without a request; none for a visitor who is not signed in. */
    @ModelAttribute("sessionTimeoutSeconds")
    Long sessionTimeoutSeconds(@AuthenticationPrincipal SignedInUser user) {
        return user == null || timeout.isZero() || timeout.isNegative() ? null : timeout.toSeconds();
    }

    @Controller
    static class KeepAlive {

        @PostMapping("/session/keep-alive")
        ResponseEntity<Void> keepAlive() {
            return ResponseEntity.noContent().build();
        }
    }
}
