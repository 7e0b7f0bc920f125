package org.practicereview.settings;

/**
 * The day a rapid review's 15 working days count from (Working Together: the partners complete a rapid
 * review within 15 working days of a serious incident notification; local procedures count from the day the
 * local authority became aware, or from the day it notified the national panel). A versioned board setting.
 */
public enum RapidReviewStart {
    AWARENESS("The day the local authority became aware of the incident"),
    PANEL_NOTIFIED("The day the local authority notified the national panel");

    /** What a new installation, and every version stored before this setting, has. */
    public static final RapidReviewStart DEFAULT = AWARENESS;

    private final String label;

    RapidReviewStart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The setting as stored; null or a value no version writes is the default. */
    public static RapidReviewStart fromCode(String code) {
        for (RapidReviewStart s : values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return DEFAULT;
    }
}
