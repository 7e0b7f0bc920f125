package org.practicereview.administration;

import java.util.List;

/**
 * What an administrator enters about a person, as typed: roles by name, the agency by code, and for a
 * new person how they first sign in ({@link #LINK} or {@link #TEMPORARY_PASSWORD}, with that password).
 */
public record PersonDetails(String username, String displayName, String email, List<String> roles, String agencyCode,
                            String signIn, String temporaryPassword) {

    public static final String LINK = "link";
    public static final String TEMPORARY_PASSWORD = "temporary-password";

    public PersonDetails {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Never the temporary password. */
    @Override
    public String toString() {
        return "PersonDetails[" + username + ", " + roles + "]";
    }
}
