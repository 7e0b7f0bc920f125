package org.practicereview.shared;

import java.util.Arrays;

/**
 * The law a case follows, recorded when it is referred and never changed: the serious case review of the
 * LSCB Regulations 2006, or the child safeguarding practice review of the arrangements that replaced it
 * (Children and Social Work Act 2017, SI 2018/789). The {@code regime} process variable carries its name.
 */
public enum Regime {
    SCR_2006("Serious case review (LSCB Regulations 2006)"),
    CSPR_2018("Child safeguarding practice review (2018 arrangements)");

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    /** How the case page and the settings name it. */
    public String label() {
        return label;
    }

    /**
     * A referral's purpose (as the referral form stores it) in words, for a case under this law: under the 2018
     * arrangements a serious incident goes to the notification and the rapid review, not to a serious case review.
     */
    public String purposeLabel(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "SCR_CONSIDERATION" -> this == CSPR_2018 ? "A serious incident: notification and rapid review"
                    : "Consider a serious case review";
            case "MULTI_AGENCY_LEARNING" -> "Multi-agency learning";
            case "GOOD_PRACTICE" -> "Good practice";
            default -> code;
        };
    }

    /**
     * The referral form's answer for its purpose, worded for a case under this law: {@code formWords} is the form's own
     * option (the 2006 route's). The stored value stays SCR_CONSIDERATION under either law; under the 2018 arrangements
     * there is no serious case review to ask for, so that answer offers what happens instead.
     */
    public String purposeAnswer(String code, String formWords) {
        return this == CSPR_2018 && "SCR_CONSIDERATION".equals(code)
                ? "To tell the safeguarding partners about a serious incident, for notification to the national panel and a rapid review"
                : formWords;
    }

    /** Reads a stored or process-variable code; an unknown code is a wiring fault, not user input. */
    public static Regime fromCode(Object code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown regime " + code));
    }
}
