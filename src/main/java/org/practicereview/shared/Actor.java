package org.practicereview.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a user id, their roles and, for agency users, their agency code.
 * User ids are account names, never a person's name.
 */
public record Actor(String userId, Set<Role> roles, String agencyCode) {

    public static final String AGENCY_GROUP_PREFIX = "agency:";

    /** The system itself, for steps the engine runs. */
    public static final Actor SYSTEM = new Actor("system", Set.of(), null);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public static Actor of(String userId, Role... roles) {
        return new Actor(userId, Set.of(roles), null);
    }

    public static Actor agencyUser(String userId, String agencyCode) {
        return new Actor(userId, Set.of(Role.AGENCY), agencyCode);
    }

    public static String agencyGroup(String agencyCode) {
        return AGENCY_GROUP_PREFIX + agencyCode;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The engine groups of this actor: its roles and, for agency users, its agency. */
    public List<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        roles.forEach(r -> groups.add(r.group()));
        if (agencyCode != null) {
            groups.add(agencyGroup(agencyCode));
        }
        return List.copyOf(groups);
    }

    /** What the trail stores as the role of the application's own steps. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    /** The role shown in the trail: the first of the actor's roles, or SYSTEM. */
    public String primaryRole() {
        return roles.stream().sorted().map(Role::name).findFirst().orElse(SYSTEM_ROLE);
    }
}
