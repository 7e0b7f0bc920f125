package org.practicereview.referral;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicereview.workflow.InvalidSubmissionException;

/** Turns a draft, or the sections of an API call keyed by form id, into the items of each section. */
final class ReferralAnswers {

    private ReferralAnswers() {}

    static Map<ReferralSection, List<Map<String, ?>>> of(DraftContent content) {
        Map<ReferralSection, List<Map<String, ?>>> answers = new EnumMap<>(ReferralSection.class);
        content.sections().forEach((section, values) -> answers.put(section, List.of(values)));
        content.items().forEach((section, items) -> answers.put(section, List.copyOf(items.stream().map(DraftItem::values).toList())));
        return answers;
    }

    /** Single sections as a map of values, repeating sections as a list of maps. */
    static Map<ReferralSection, List<Map<String, ?>>> ofFormIds(Map<String, ?> sections) {
        Map<ReferralSection, List<Map<String, ?>>> answers = new EnumMap<>(ReferralSection.class);
        sections.forEach((formId, body) -> {
            ReferralSection section = ReferralSection.byFormId(formId)
                    .orElseThrow(() -> InvalidSubmissionException.of("sections", "One of the sections sent is not a referral section"));
            answers.put(section, items(section, body));
        });
        return answers;
    }

    private static List<Map<String, ?>> items(ReferralSection section, Object body) {
        if (body instanceof Map<?, ?> single && !section.repeating()) {
            return List.of(keyed(section, single));
        }
        if (body instanceof List<?> list && section.repeating()) {
            List<Map<String, ?>> items = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> map)) {
                    throw wrongShape(section);
                }
                items.add(keyed(section, map));
            }
            return items;
        }
        throw wrongShape(section);
    }

    private static Map<String, ?> keyed(ReferralSection section, Map<?, ?> map) {
        Map<String, Object> keyed = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static InvalidSubmissionException wrongShape(ReferralSection section) {
        return InvalidSubmissionException.of(section.formId(), section.repeating()
                ? section.title() + ": send a list of items" : section.title() + ": send one set of answers");
    }
}
