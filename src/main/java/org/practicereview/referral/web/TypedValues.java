package org.practicereview.referral.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;

/**
 * What a page saves into the draft and how it shows it again. A date the user typed that is not a
 * real date is kept as its three boxes ("31 / 2 / 2026") rather than lost, so a page resumed next
 * week shows exactly what was typed; the validator still refuses it as "must be a real date".
 */
final class TypedValues {

    static final String DATE_PARTS = " / ";

    private TypedValues() {}

    /** The form's own values as typed, ready for {@code ReferralDrafts}. */
    static Map<String, Object> toSave(FormDefinition form, Map<String, Object> typed) {
        Map<String, Object> values = FormParameters.withoutDateParts(form, typed);
        for (FormField field : form.fields()) {
            Object value = values.get(field.key());
            if (field.isDate() && value != null && !isDate(value.toString())) {
                values.put(field.key(), part(typed, field, "day") + DATE_PARTS + part(typed, field, "month")
                        + DATE_PARTS + part(typed, field, "year"));
            }
        }
        return values;
    }

    /** Saved values as the page's inputs show them again, date boxes included. */
    static Map<String, Object> toShow(FormDefinition form, Map<String, Object> saved) {
        Map<String, Object> values = new LinkedHashMap<>(saved);
        for (FormField field : form.fields()) {
            Object value = saved.get(field.key());
            if (field.isDate() && value instanceof String s && !isDate(s)) {
                String[] parts = s.split(DATE_PARTS, 3);
                values.put(field.key() + "-day", parts[0].strip());
                values.put(field.key() + "-month", parts.length > 1 ? parts[1].strip() : "");
                values.put(field.key() + "-year", parts.length > 2 ? parts[2].strip() : "");
            }
        }
        return values;
    }

    /** True when the user typed nothing at all on the page. */
    static boolean blank(Map<String, Object> values) {
        return values.values().stream().allMatch(v -> v == null
                || (v instanceof String s && s.isBlank())
                || (v instanceof Collection<?> c && c.isEmpty()));
    }

    static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String part(Map<String, Object> typed, FormField field, String part) {
        Object v = typed.get(field.key() + "-" + part);
        return v == null ? "" : v.toString();
    }
}
