package org.practicereview.referral;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.practicereview.workflow.NotPermittedException;

/** The JSON body of a draft: raw values per single section, and the items of each repeating section. */
record DraftContent(Map<ReferralSection, Map<String, Object>> sections, Map<ReferralSection, List<DraftItem>> items) {

    DraftContent {
        sections = copy(sections);
        items = copy(items);
    }

    static DraftContent empty() {
        return new DraftContent(null, null);
    }

    DraftContent withSection(ReferralSection section, Map<String, Object> values) {
        Map<ReferralSection, Map<String, Object>> next = copy(sections);
        next.put(section, new LinkedHashMap<>(values));
        return new DraftContent(next, items);
    }

    DraftContent withNewItem(ReferralSection section, DraftItem item) {
        List<DraftItem> list = new ArrayList<>(items.getOrDefault(section, List.of()));
        list.add(item);
        return withItems(section, list);
    }

    DraftContent withItem(ReferralSection section, String itemId, Map<String, Object> values) {
        List<DraftItem> list = new ArrayList<>(itemsOf(section, itemId));
        list.replaceAll(i -> i.id().equals(itemId) ? new DraftItem(itemId, values) : i);
        return withItems(section, list);
    }

    DraftContent withoutItem(ReferralSection section, String itemId) {
        List<DraftItem> list = new ArrayList<>(itemsOf(section, itemId));
        list.removeIf(i -> i.id().equals(itemId));
        return withItems(section, list);
    }

    private static <V> Map<ReferralSection, V> copy(Map<ReferralSection, V> source) {
        Map<ReferralSection, V> copy = new EnumMap<>(ReferralSection.class);
        if (source != null) {
            copy.putAll(source);
        }
        return copy;
    }

    static String newItemId() {
        return UUID.randomUUID().toString();
    }

    private List<DraftItem> itemsOf(ReferralSection section, String itemId) {
        List<DraftItem> list = items.getOrDefault(section, List.of());
        if (list.stream().noneMatch(i -> i.id().equals(itemId))) {
            throw new NotPermittedException("No such item in this draft");
        }
        return list;
    }

    private DraftContent withItems(ReferralSection section, List<DraftItem> list) {
        Map<ReferralSection, List<DraftItem>> next = copy(items);
        next.put(section, List.copyOf(list));
        return new DraftContent(sections, next);
    }
}
