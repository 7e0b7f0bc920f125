package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A child the referral is about, as they were at the time of the incident. */
@Embeddable
public record Child(
        @Column(name = "full_name") String fullName,
        @Column(name = "date_of_birth") LocalDate dateOfBirth,
        @Column(name = "date_of_death") LocalDate dateOfDeath,
        @Column(name = "date_of_incident") LocalDate dateOfIncident,
        @Column(name = "address") String address,
        @Column(name = "postcode") String postcode,
        @Column(name = "ethnicity") String ethnicity,
        @Column(name = "child_protection_plan") String childProtectionPlan,
        @Column(name = "open_to_social_care") String openToSocialCare,
        @Column(name = "whereabouts") String whereabouts,
        @Column(name = "carer") String carer) {

    public Child {
        Guard.present(fullName, "child's name");
        Guard.holds(dateOfBirth != null && dateOfIncident != null, "A child needs a date of birth and a date of the incident");
        Guard.holds(dateOfDeath == null || !dateOfDeath.isBefore(dateOfBirth), "A child's date of death cannot be before their date of birth");
        Guard.holds(!dateOfIncident.isBefore(dateOfBirth), "The incident cannot be before the child's date of birth");
        Guard.present(address, "child's address");
        Guard.present(postcode, "child's postcode");
    }

    public boolean died() {
        return dateOfDeath != null;
    }
}
