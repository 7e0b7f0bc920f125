package org.practicereview.identity.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.identity.UserAccount;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;

/**
 * The engine groups: one per role, one per agency, and Camunda's own administrators group, whose
 * members (our administrators) the webapps treat as engine administrators.
 */
final class EngineGroups {

    private final Agencies agencies;

    EngineGroups(Agencies agencies) {
        this.agencies = agencies;
    }

    List<Group> all() {
        List<Group> groups = new ArrayList<>();
        for (Role role : Role.values()) {
            groups.add(group(role.group(), label(role), Groups.GROUP_TYPE_WORKFLOW));
        }
        groups.add(camundaAdmin());
        agencies.all().forEach(agency -> groups.add(agencyGroup(agency)));
        return groups;
    }

    /** The group ids of a user: roles, agency and, for administrators, Camunda's admin group. */
    static List<String> idsOf(UserAccount account) {
        List<String> ids = new ArrayList<>(account.actor().groups());
        if (account.roles().contains(Role.ADMIN)) {
            ids.add(Groups.CAMUNDA_ADMIN);
        }
        return ids;
    }

    /** Who may be in a group, as the user store asks it: a role, or an agency's group id. */
    static String storeGroupOf(String groupId) {
        return Groups.CAMUNDA_ADMIN.equals(groupId) ? Role.ADMIN.group() : groupId;
    }

    private static Group camundaAdmin() {
        return group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    }

    private static Group agencyGroup(Agency agency) {
        return group(Actor.agencyGroup(agency.code()), agency.name(), Groups.GROUP_TYPE_WORKFLOW);
    }

    private static Group group(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }

    private static String label(Role role) {
        return switch (role) {
            case AGENCY -> "Agency professionals";
            case PRG_COORDINATOR -> "PRG coordinators";
            case PRG_MEMBER -> "PRG members";
            case CHAIR -> "Independent chair";
            case REVIEWER -> "Lead reviewers";
            case AUDITOR -> "Auditors";
            case ADMIN -> "System administrators";
            case PARTNER_LOCAL_AUTHORITY -> "Local authority safeguarding partner";
            case PARTNER_ICB -> "Integrated care board safeguarding partner";
            case PARTNER_POLICE -> "Police safeguarding partner";
        };
    }
}
