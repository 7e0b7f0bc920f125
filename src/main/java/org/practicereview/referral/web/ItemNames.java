package org.practicereview.referral.web;

import org.practicereview.referral.DraftItem;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;

/** How a child, family member or agency is named in lists, card titles and messages: as typed, or "Child 2" until named. */
final class ItemNames {

    private ItemNames() {}

    static String name(FormDefinition form, SectionPage page, DraftItem item, int index) {
        Object value = item.values().get(page.nameKey());
        if (value == null || value.toString().isBlank()) {
            String noun = page.itemNoun();
            return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + (index + 1);
        }
        return form.field(page.nameKey()).map(f -> f.optionLabel(value.toString())).orElse(value.toString());
    }

    /** A second line that tells similar items apart: a date of birth, a relationship, a role. */
    static String details(FormDefinition form, SectionPage page, DraftItem item) {
        String key = switch (page) {
            case CHILDREN -> "dateOfBirth";
            case FAMILY_MEMBERS -> "relationship";
            case AGENCIES -> "contactRole";
            default -> null;
        };
        Object value = key == null ? null : item.values().get(key);
        if (value == null) {
            return "";
        }
        FormField field = form.field(key).orElseThrow();
        return field.isDate() ? AnswerText.date(value.toString()) : value.toString();
    }
}
