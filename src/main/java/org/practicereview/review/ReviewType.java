package org.practicereview.review;

import java.util.Arrays;

/**
 * The kinds of review a chair may commission (the {@code reviewType} process variable). The name is
 * what a published review is called: "Serious Case Review (SCR) – Child Q".
 */
public enum ReviewType {
    SCR("Serious Case Review (SCR)"),
    REFLECTIVE("Reflective Review"),
    LEARNING("Learning Review"),
    CRITICAL_INCIDENT("Critical Incident Review"),
    SINGLE_AGENCY("Single-Agency Review"),
    MULTI_AGENCY_AUDIT("Multi-Agency Case Audit"),
    GOOD_PRACTICE("Good Practice Review");

    private final String title;

    ReviewType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Only an SCR takes the full path: agency reports, family involvement and board sign-off. */
    public boolean fullPath() {
        return this == SCR;
    }

    /** Reads a process variable; an unknown or missing code is a wiring fault, not user input. */
    public static ReviewType fromCode(Object code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown review type " + code));
    }
}
