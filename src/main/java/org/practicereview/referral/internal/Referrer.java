package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The professional who refers: how to reach them, and whether their safeguarding lead was consulted. */
@Embeddable
public record Referrer(
        @Column(name = "referrer_name") String name,
        @Column(name = "referrer_agency_code") String agencyCode,
        @Column(name = "referrer_role") String role,
        @Column(name = "referrer_phone") String phone,
        @Column(name = "referrer_email") String workEmail,
        @Column(name = "dsl_consulted") boolean safeguardingLeadConsulted) {

    public Referrer {
        Guard.present(name, "referrer's name");
        Guard.present(agencyCode, "referrer's agency");
        Guard.present(workEmail, "referrer's work email");
    }
}
