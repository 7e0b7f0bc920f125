package org.practicereview.referral;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of the referral journey, each a Camunda Form. Repeating sections (children, family
 * members, agencies) hold one item per form, up to a limit; a referral needs at least one child.
 */
public enum ReferralSection {
    ABOUT_YOU("referral-about-you", "about-you", "About you", false, 1, 1),
    CHILD("referral-child", "child", "Child", true, 1, 12),
    FAMILY_MEMBER("referral-family-member", "family-member", "Family member", true, 0, 30),
    AGENCY("referral-agency-involved", "agency", "Agency", true, 0, 20),
    CIRCUMSTANCES("referral-circumstances", "circumstances", "What happened", false, 1, 1),
    PARALLEL_PROCESSES("referral-parallel-processes", "parallel-processes", "Other investigations and reviews", false, 1, 1),
    PURPOSE("referral-purpose", "purpose", "Why you are referring", false, 1, 1);

    private final String formId;
    private final String slug;
    private final String title;
    private final boolean repeating;
    private final int minimum;
    private final int maximum;

    ReferralSection(String formId, String slug, String title, boolean repeating, int minimum, int maximum) {
        this.formId = formId;
        this.slug = slug;
        this.title = title;
        this.repeating = repeating;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** The Camunda Form of the section (one item of a repeating section). */
    public String formId() { return formId; }
    /** Lower-case, hyphenated: for URLs and error field names. */
    public String slug() { return slug; }
    public String title() { return title; }
    public boolean repeating() { return repeating; }
    /** How many the referral needs: 1 for single sections and children, 0 for optional lists. */
    public int minimum() { return minimum; }
    /**
     * The most one referral holds: a referral is about one family, and a case page or brief must
     * stay readable; a larger group is split into linked referrals.
     */
    public int maximum() { return maximum; }

    /** The plural the limits are stated in: "children", "family members", "agencies". */
    public String plural() {
        return switch (this) {
            case CHILD -> "children";
            case AGENCY -> "agencies";
            default -> title.toLowerCase(java.util.Locale.ROOT) + "s";
        };
    }

    /** The message when a referral holds more than {@link #maximum()}; also the journey's hint. */
    public String tooMany() {
        return "A referral can have up to " + maximum + " " + plural()
                + ": for more, make a second referral and name this one in its circumstances";
    }

    public static Optional<ReferralSection> byFormId(String formId) {
        return Arrays.stream(values()).filter(s -> s.formId.equals(formId)).findFirst();
    }

    public static Optional<ReferralSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}
