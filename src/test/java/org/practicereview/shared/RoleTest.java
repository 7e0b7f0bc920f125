package org.practicereview.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void storedRolesReadAsWords() {
        assertThat(Role.labelOf("PRG_COORDINATOR")).isEqualTo("PRG coordinator");
        assertThat(Role.labelOf("REVIEWER")).isEqualTo("lead reviewer");
        assertThat(Role.labelOf("CHAIR,AUDITOR")).isEqualTo("chair, auditor");
    }

    @Test
    void theApplicationsOwnStepsReadAsAutomaticAndWhatIsNoRoleIsShownAsStored() {
        assertThat(Role.labelOf("SYSTEM")).isEqualTo("automatic step");
        assertThat(Role.labelOf("camunda-admin")).isEqualTo("camunda-admin");
        assertThat(Role.labelOf(null)).isEmpty();
    }

    @Test
    void noLabelIsAnEnumName() {
        for (Role role : Role.values()) {
            assertThat(role.label()).doesNotContain("_").isNotEqualTo(role.name());
        }
    }
}
