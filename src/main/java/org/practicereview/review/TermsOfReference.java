package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** What the review looks at and how: the period, the key lines of enquiry, the methodology. */
@Embeddable
public record TermsOfReference(
        @Column(name = "period_from") LocalDate periodFrom,
        @Column(name = "period_to") LocalDate periodTo,
        @Column(name = "key_lines_of_enquiry", length = 5000) String keyLinesOfEnquiry,
        @Enumerated(EnumType.STRING) @Column(name = "methodology") Methodology methodology,
        @Column(name = "other_methodology") String otherMethodology,
        @Column(name = "family_involvement_planned") Boolean familyInvolvementPlanned) {

    public TermsOfReference {
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(methodology, "methodology");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("The period under review must end on or after its start");
        }
        if (methodology == Methodology.OTHER && (otherMethodology == null || otherMethodology.isBlank())) {
            throw new IllegalArgumentException("An other methodology must be named");
        }
    }
}
