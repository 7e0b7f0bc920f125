package org.practicereview.shared;

import java.util.Arrays;

/**
 * The kinds of review a board commissions: the SCR and the lesser types of DOMAIN.md, and the local child
 * safeguarding practice review of the newer regime (CSPR 2018), which the safeguarding partners commission.
 * The decision names one, the review runs it and the publication is titled by it; the {@code reviewType}
 * process variable carries its name between them. The stored names never change.
 */
public enum ReviewType {
    SCR("Serious Case Review", "Serious Case Review (SCR)"),
    REFLECTIVE("reflective review", "Reflective Review"),
    LEARNING("learning review", "Learning Review"),
    CRITICAL_INCIDENT("critical incident review", "Critical Incident Review"),
    SINGLE_AGENCY("single-agency review", "Single-Agency Review"),
    MULTI_AGENCY_AUDIT("multi-agency case audit", "Multi-Agency Case Audit"),
    GOOD_PRACTICE("good-practice (appreciative) review", "Good Practice Review"),
    LCSPR("local child safeguarding practice review", "Local Child Safeguarding Practice Review");

    private final String label;
    private final String title;

    ReviewType(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** How a notice names the review type, mid-sentence. */
    public String label() {
        return label;
    }

    /** What a published review is called: "Serious Case Review (SCR) – Child Q". */
    public String title() {
        return title;
    }

    /** A review the chair may commission instead of an SCR; neither the SCR nor a statutory local review is one. */
    public boolean isLesser() {
        return this != SCR && this != LCSPR;
    }

    /** The statutory reviews, an SCR and a local review, take the full path: agency reports, family involvement and sign-off. */
    public boolean fullPath() {
        return this == SCR || this == LCSPR;
    }

    /** Reads a process variable; an unknown or missing code is a wiring fault, not user input. */
    public static ReviewType fromCode(Object code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown review type " + code));
    }
}
