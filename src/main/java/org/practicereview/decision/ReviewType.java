package org.practicereview.decision;

/** The kinds of review a board commissions: the SCR and the lesser types of DOMAIN.md. */
public enum ReviewType {
    SCR("Serious Case Review"),
    REFLECTIVE("reflective review"),
    LEARNING("learning review"),
    CRITICAL_INCIDENT("critical incident review"),
    SINGLE_AGENCY("single-agency review"),
    MULTI_AGENCY_AUDIT("multi-agency case audit"),
    GOOD_PRACTICE("good-practice (appreciative) review");

    private final String label;

    ReviewType(String label) {
        this.label = label;
    }

    /** How a notice names the review type, mid-sentence. */
    public String label() {
        return label;
    }

    public boolean isLesser() {
        return this != SCR;
    }
}
