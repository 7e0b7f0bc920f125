package org.practicereview.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Whether and how the family took part; the summary stays in the review record, never in the engine. */
@Embeddable
public record FamilyInvolvement(
        @Column(name = "family_participation") String participation,
        @Column(name = "family_contacted_on") LocalDate contactedOn,
        @Column(name = "family_involvement_summary", length = 5000) String summary) {}
