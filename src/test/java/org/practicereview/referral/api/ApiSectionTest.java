package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiSectionTest {

    @Test
    void namesItemFieldsWithTheArrayIndexCountedFromZero() {
        assertThat(ApiSection.apiFieldName("child-2.dateOfBirth")).isEqualTo("children[1].dateOfBirth");
        assertThat(ApiSection.apiFieldName("agency-1.agencyCode")).isEqualTo("agencies[0].agencyCode");
        assertThat(ApiSection.apiFieldName("family-member-3.fullName")).isEqualTo("familyMembers[2].fullName");
    }

    @Test
    void namesSingleSectionsAndMissingSectionsByTheirProperty() {
        assertThat(ApiSection.apiFieldName("about-you.email")).isEqualTo("aboutYou.email");
        assertThat(ApiSection.apiFieldName("parallel-processes.inquest")).isEqualTo("parallelProcesses.inquest");
        assertThat(ApiSection.apiFieldName("child")).isEqualTo("children");
        assertThat(ApiSection.apiFieldName("referral-child")).isEqualTo("children");
    }

    @Test
    void keepsNamesThatAreAlreadyTheApis() {
        assertThat(ApiSection.apiFieldName("children[0]")).isEqualTo("children[0]");
        assertThat(ApiSection.apiFieldName("aboutYou.agencyCode")).isEqualTo("aboutYou.agencyCode");
    }
}
