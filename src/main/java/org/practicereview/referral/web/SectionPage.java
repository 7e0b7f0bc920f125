package org.practicereview.referral.web;

import java.util.Arrays;
import java.util.Optional;
import org.practicereview.referral.ReferralSection;

/**
 * Where each referral section lives in the journey: its path under {@code /referrals/{draftId}/},
 * its name on the task list and, for repeating sections, how one item is called and named.
 */
enum SectionPage {
    ABOUT_YOU(ReferralSection.ABOUT_YOU, "about-you", "About you", null, null),
    CHILDREN(ReferralSection.CHILD, "children", "Children", "child", "childName"),
    FAMILY_MEMBERS(ReferralSection.FAMILY_MEMBER, "family-members", "Family members and significant others",
            "family member or significant other", "fullName"),
    AGENCIES(ReferralSection.AGENCY, "agencies", "Agencies involved", "agency", "agencyCode"),
    CIRCUMSTANCES(ReferralSection.CIRCUMSTANCES, "circumstances", "What happened", null, null),
    PARALLEL_PROCESSES(ReferralSection.PARALLEL_PROCESSES, "parallel-processes", "Other investigations and reviews", null, null),
    PURPOSE(ReferralSection.PURPOSE, "purpose", "Why you are referring", null, null);

    /** Path patterns for request mappings, kept beside the paths they must match. */
    static final String SINGLE_PATHS = "about-you|circumstances|parallel-processes|purpose";
    static final String LIST_PATHS = "children|family-members|agencies";

    private final ReferralSection section;
    private final String path;
    private final String title;
    private final String itemNoun;
    private final String nameKey;

    SectionPage(ReferralSection section, String path, String title, String itemNoun, String nameKey) {
        this.section = section;
        this.path = path;
        this.title = title;
        this.itemNoun = itemNoun;
        this.nameKey = nameKey;
    }

    public ReferralSection section() { return section; }
    public String path() { return path; }
    public String title() { return title; }
    public boolean repeating() { return section.repeating(); }
    /** "child", "agency": one item of a repeating section. */
    public String itemNoun() { return itemNoun; }
    /** The field that names an item in lists and card titles. */
    public String nameKey() { return nameKey; }

    public String addLabel() {
        return "Add " + (itemNoun.startsWith("a") ? "an " : "a ") + itemNoun;
    }

    public String addAnotherLabel() {
        return "Add another " + itemNoun;
    }

    static SectionPage of(ReferralSection section) {
        return Arrays.stream(values()).filter(p -> p.section == section).findFirst().orElseThrow();
    }

    static Optional<SectionPage> byPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path.equals(path)).findFirst();
    }
}
