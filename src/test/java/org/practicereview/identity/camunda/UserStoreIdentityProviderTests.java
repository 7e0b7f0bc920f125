package org.practicereview.identity.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UserStoreIdentityProviderTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired IdentityService identity;
    @Autowired Users users;
    @Autowired Agencies agencies;

    @BeforeEach
    void people() {
        agencies.register(new Agency("IDP-POLICE", "Northshire Police (identity test)", "police"));
        create(new NewUser("idp.chair", "Casey van Dijk", "casey@example.org", Set.of(Role.CHAIR), null, PASSWORD));
        create(new NewUser("idp.admin", "Alex Admin", "alex@example.org", Set.of(Role.ADMIN), null, PASSWORD));
        create(new NewUser("idp.officer", "Pat Officer", null, Set.of(Role.AGENCY), "IDP-POLICE", PASSWORD));
    }

    private void create(NewUser user) {
        if (!users.exists(user.username())) {
            users.create(user);
        }
    }

    @Test
    void findsAUserOfTheUserStoreByIdWithNameSplitIntoFirstAndLast() {
        User user = identity.createUserQuery().userId("idp.chair").singleResult();

        assertThat(user.getId()).isEqualTo("idp.chair");
        assertThat(user.getFirstName()).isEqualTo("Casey");
        assertThat(user.getLastName()).isEqualTo("van Dijk");
        assertThat(user.getEmail()).isEqualTo("casey@example.org");
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
    }

    @Test
    void findsUsersByRoleAgencyAndCamundaAdminGroup() {
        assertThat(ids(identity.createUserQuery().memberOfGroup("CHAIR").list())).contains("idp.chair").doesNotContain("idp.admin");
        assertThat(ids(identity.createUserQuery().memberOfGroup("agency:IDP-POLICE").list())).containsExactly("idp.officer");
        assertThat(ids(identity.createUserQuery().memberOfGroup("camunda-admin").list())).contains("idp.admin").doesNotContain("idp.chair");
        assertThat(identity.createUserQuery().memberOfGroup("NO_SUCH_GROUP").count()).isZero();
        assertThat(identity.createUserQuery().userId("idp.admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("idp.chair").memberOfGroup("ADMIN").count()).isZero();
    }

    @Test
    void filtersByNameAndEmailAndPagesInOrder() {
        assertThat(ids(identity.createUserQuery().userFirstNameLike("%ase%").list())).containsExactly("idp.chair");
        assertThat(ids(identity.createUserQuery().userLastName("Officer").list())).containsExactly("idp.officer");
        assertThat(ids(identity.createUserQuery().userEmailLike("%@example.org").userIdIn("idp.admin", "idp.officer").list()))
                .containsExactly("idp.admin");
        assertThat(ids(identity.createUserQuery().userIdIn("idp.admin", "idp.chair", "idp.officer").orderByUserId().desc().listPage(1, 1)))
                .containsExactly("idp.chair");
        assertThat(identity.createUserQuery().userIdIn("idp.admin", "idp.chair", "idp.officer").count()).isEqualTo(3);
    }

    @Test
    void groupsAreTheRolesTheAgenciesAndCamundaAdmin() {
        var groups = identity.createGroupQuery().list();

        assertThat(ids(groups)).contains("AGENCY", "PRG_COORDINATOR", "PRG_MEMBER", "CHAIR", "REVIEWER", "AUDITOR", "ADMIN",
                "camunda-admin", "agency:IDP-POLICE");
        assertThat(identity.createGroupQuery().groupId("agency:IDP-POLICE").singleResult().getName())
                .isEqualTo("Northshire Police (identity test)");
        assertThat(identity.createGroupQuery().groupId("PRG_COORDINATOR").singleResult().getType()).isEqualTo("WORKFLOW");
        assertThat(identity.createGroupQuery().groupId("camunda-admin").singleResult().getType()).isEqualTo("SYSTEM");
        assertThat(ids(identity.createGroupQuery().groupNameLike("%police%").list()))
                .containsExactlyInAnyOrder("agency:IDP-POLICE", "PARTNER_POLICE");
        assertThat(identity.createGroupQuery().groupIdIn("CHAIR", "ADMIN", "nope").count()).isEqualTo(2);
    }

    @Test
    void aUsersGroupsAreTheirRolesAndAgency() {
        assertThat(ids(identity.createGroupQuery().groupMember("idp.officer").list())).containsExactlyInAnyOrder("AGENCY", "agency:IDP-POLICE");
        assertThat(ids(identity.createGroupQuery().groupMember("idp.admin").list())).containsExactlyInAnyOrder("ADMIN", "camunda-admin");
        assertThat(identity.createTenantQuery().userMember("idp.admin").includingGroupsOfUser(true).count()).isZero();
    }

    @Test
    void checksNoPasswordAndWritesNothing() {
        assertThat(identity.checkPassword("idp.chair", PASSWORD)).isFalse();
        assertThat(identity.isReadOnly()).isTrue();

        assertThatThrownBy(() -> identity.saveUser(identity.newUser("intruder"))).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.saveGroup(identity.newGroup("intruders"))).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.createMembership("idp.chair", "ADMIN")).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> identity.deleteUser("idp.chair")).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("idp.chair").groupId("ADMIN").count()).isZero();
    }

    private static java.util.List<String> ids(java.util.List<?> found) {
        return found.stream().map(o -> o instanceof User u ? u.getId() : ((Group) o).getId()).toList();
    }
}
