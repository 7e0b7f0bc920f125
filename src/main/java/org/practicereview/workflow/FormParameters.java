package org.practicereview.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * Turns posted parameters into the values a form validates: lists for multi-choice fields, the
 * three boxes of a GOV.UK date input joined into an ISO date (left as typed when not a date, so the
 * validator says "must be a real date" and the page shows the boxes as they were).
 */
public final class FormParameters {

    private FormParameters() {}

    public static Map<String, Object> read(FormDefinition form, MultiValueMap<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.isDate()) {
                readDate(field.key(), params, values);
            } else if (field.isMultiValued()) {
                var list = params.get(field.key());
                values.put(field.key(), list == null ? null : list.stream().filter(s -> !s.isBlank()).toList());
            } else {
                values.put(field.key(), params.getFirst(field.key()));
            }
        }
        return values;
    }

    private static void readDate(String key, MultiValueMap<String, String> params, Map<String, Object> values) {
        String day = trim(params.getFirst(key + "-day"));
        String month = trim(params.getFirst(key + "-month"));
        String year = trim(params.getFirst(key + "-year"));
        values.put(key + "-day", day);
        values.put(key + "-month", month);
        values.put(key + "-year", year);
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            values.put(key, null);
            return;
        }
        if (day.matches("\\d{1,2}") && month.matches("\\d{1,2}") && year.matches("\\d{4}")) {
            values.put(key, String.format("%s-%02d-%02d", year, Integer.parseInt(month), Integer.parseInt(day)));
        } else {
            values.put(key, "not-a-date");
        }
    }

    /** Only the form's own values, without the date boxes, for the validator and the drafts. */
    public static Map<String, Object> withoutDateParts(FormDefinition form, Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        form.fields().forEach(f -> out.put(f.key(), values.get(f.key())));
        return out;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
