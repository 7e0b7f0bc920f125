package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An agency that worked with the child or family, the role of the referrer's contact there, and whether it still does. */
@Embeddable
public record AgencyInvolvement(
        @Column(name = "agency_code") String agencyCode,
        @Column(name = "contact_role") String contactRole,
        @Column(name = "still_involved") boolean stillInvolved) {

    public AgencyInvolvement {
        Guard.present(agencyCode, "agency involved");
        Guard.present(contactRole, "contact's role at the agency involved");
    }
}
