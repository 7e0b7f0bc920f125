package org.practicereview.shared.web;

import org.practicereview.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as an {@link Actor}, for controllers (the principal is an {@link ActorPrincipal}). */
public final class CurrentUser {

    private CurrentUser() {}

    public static Actor actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal user) {
            return user.actor();
        }
        throw new org.springframework.security.access.AccessDeniedException("Not signed in");
    }
}
