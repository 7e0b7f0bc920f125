package org.practicereview.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A referral draft as its owner sees it: the raw values of each section, as typed, for pages to
 * show again. Single sections are absent until their page has been saved once.
 */
public record DraftView(String id, Instant createdAt, Instant updatedAt,
                        Map<ReferralSection, Map<String, Object>> sections,
                        Map<ReferralSection, List<DraftItem>> items) {

    public DraftView {
        sections = Map.copyOf(sections);
        items = Map.copyOf(items);
    }

    /** The saved values of a single section; empty when not yet started. */
    public Map<String, Object> section(ReferralSection section) {
        return sections.getOrDefault(section, Map.of());
    }

    public boolean started(ReferralSection section) {
        return section.repeating() ? !items(section).isEmpty() : sections.containsKey(section);
    }

    public List<DraftItem> items(ReferralSection section) {
        return items.getOrDefault(section, List.of());
    }

    public List<DraftItem> children() { return items(ReferralSection.CHILD); }
    public List<DraftItem> familyMembers() { return items(ReferralSection.FAMILY_MEMBER); }
    public List<DraftItem> agencies() { return items(ReferralSection.AGENCY); }
}
