package org.practicereview.identity;

import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;

/** A user as the rest of the application sees it (never the password hash). */
public record UserAccount(String username, String displayName, String email, Set<Role> roles,
                          String agencyCode, boolean enabled) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(username, roles, agencyCode);
    }
}
