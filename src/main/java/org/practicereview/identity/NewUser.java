package org.practicereview.identity;

import java.util.Set;
import org.practicereview.shared.Role;

/** What it takes to add a user. The password is given in clear once and stored only as a hash. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, String agencyCode,
                      String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + roles + "]";
    }
}
