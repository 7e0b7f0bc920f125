package org.practicereview.web;

import org.practicereview.identity.SignedInUser;
import org.practicereview.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as an {@link Actor}, for controllers. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Actor actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        throw new org.springframework.security.access.AccessDeniedException("Not signed in");
    }
}
