package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A parent, relative or other significant person in the child's life. */
@Embeddable
public record FamilyMember(
        @Column(name = "full_name") String fullName,
        @Column(name = "relationship") String relationship,
        @Column(name = "date_of_birth") LocalDate dateOfBirth,
        @Column(name = "address") String address) {

    public FamilyMember {
        Guard.present(fullName, "family member's name");
        Guard.present(relationship, "family member's relationship to the child");
    }
}
