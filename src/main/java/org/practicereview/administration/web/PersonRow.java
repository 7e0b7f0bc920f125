package org.practicereview.administration.web;

import java.util.stream.Collectors;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.UserAccount;

/** A person as the administration pages show them: roles and agency in words, status as a tag. */
record PersonRow(String username, String displayName, String email, String roles, String agency, String agencyCode,
                 String status, String statusColour, boolean active, boolean locked) {

    static PersonRow of(UserAccount a, Agencies agencies, boolean locked) {
        String roles = a.roles().stream().sorted().map(r -> Choices.roleLabel(r).replaceFirst(":.*", ""))
                .collect(Collectors.joining(", "));
        String agency = a.agencyCode() == null ? null : agencies.nameOf(a.agencyCode());
        String status = !a.enabled() ? "Deactivated" : locked ? "Locked" : "Active";
        String colour = !a.enabled() ? "grey" : locked ? "red" : "green";
        return new PersonRow(a.username(), a.displayName(), a.email(), roles.isEmpty() ? "None" : roles, agency, a.agencyCode(),
                status, colour, a.enabled(), locked);
    }
}
