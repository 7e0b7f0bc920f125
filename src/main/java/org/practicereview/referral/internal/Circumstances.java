package org.practicereview.referral.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** What happened, which statutory criteria the referrer believes apply, and the key dates. */
@Embeddable
public record Circumstances(
        @Column(name = "criteria_believed") String criteriaBelievedCodes,
        @Column(name = "narrative") String narrative,
        @Column(name = "inter_agency_concerns") String interAgencyConcerns,
        @Column(name = "key_dates") String keyDates) {

    public Circumstances {
        Guard.present(narrative, "account of what happened");
    }

    public static Circumstances of(List<String> criteriaBelieved, String narrative, String interAgencyConcerns, String keyDates) {
        return new Circumstances(String.join(",", criteriaBelieved), narrative, interAgencyConcerns, keyDates);
    }

    public List<String> criteriaBelieved() {
        return criteriaBelievedCodes == null || criteriaBelievedCodes.isBlank()
                ? List.of() : Arrays.asList(criteriaBelievedCodes.split(","));
    }
}
