package org.practicereview.identity;

import java.io.Serializable;
import java.util.Set;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;

/**
 * A user as the rest of the application sees it (never the password hash). Serializable: it is kept
 * in the signed-in user's session, which the postgres profile stores in the database.
 */
public record UserAccount(String username, String displayName, String email, Set<Role> roles,
                          String agencyCode, boolean enabled) implements Serializable {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(username, roles, agencyCode);
    }
}
