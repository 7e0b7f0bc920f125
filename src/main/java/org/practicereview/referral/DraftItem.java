package org.practicereview.referral;

import java.util.Map;

/** One child, family member or agency of a draft: a stable id (for change and remove links) and the raw values. */
public record DraftItem(String id, Map<String, Object> values) {

    public DraftItem {
        values = Map.copyOf(values);
    }
}
