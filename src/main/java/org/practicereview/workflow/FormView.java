package org.practicereview.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as a page shows it: its definition, what the user typed (kept on error) and one message
 * per field. The first input of every field has the field's key as its id, so the error summary can
 * link to it.
 */
public record FormView(FormDefinition form, Map<String, Object> values, List<FieldError> errorList) {

    public FormView {
        values = values == null ? Map.of() : new LinkedHashMap<>(values);
        errorList = errorList == null ? List.of() : List.copyOf(errorList);
    }

    public static FormView empty(FormDefinition form) {
        return new FormView(form, Map.of(), List.of());
    }

    public List<FormField> fields() {
        return form.fields();
    }

    public boolean hasErrors() {
        return !errorList.isEmpty();
    }

    public String error(String key) {
        return errorList.stream().filter(e -> e.field().equals(key)).map(FieldError::message).findFirst().orElse(null);
    }

    public String text(String key) {
        Object v = values.get(key);
        if (v instanceof String[] arr) {
            return arr.length == 0 ? "" : arr[0];
        }
        return v == null ? "" : v.toString();
    }

    public boolean selected(String key, String option) {
        Object v = values.get(key);
        if (v instanceof Collection<?> c) {
            return c.contains(option);
        }
        if (v instanceof String[] arr) {
            return List.of(arr).contains(option);
        }
        return v != null && v.toString().equals(option);
    }

    public boolean checked(String key) {
        Object v = values.get(key);
        return Boolean.TRUE.equals(v) || "true".equals(text(key)) || "on".equals(text(key));
    }

    /** Day, month or year of a date field, from a typed date or from what the user typed. */
    public String datePart(String key, String part) {
        Object raw = values.get(key + "-" + part);
        if (raw != null) {
            return raw instanceof String[] arr ? (arr.length == 0 ? "" : arr[0]) : raw.toString();
        }
        Object v = values.get(key);
        LocalDate date = v instanceof LocalDate d ? d : parse(text(key));
        if (date == null) {
            return "";
        }
        return switch (part) {
            case "day" -> Integer.toString(date.getDayOfMonth());
            case "month" -> Integer.toString(date.getMonthValue());
            default -> Integer.toString(date.getYear());
        };
    }

    /** The ids a field's input is described by: its hint and its error message. */
    public String describedBy(FormField field) {
        StringBuilder ids = new StringBuilder();
        if (field.description() != null && !field.description().isBlank()) {
            ids.append(field.key()).append("-hint");
        }
        if (error(field.key()) != null) {
            ids.append(ids.isEmpty() ? "" : " ").append(field.key()).append("-error");
        }
        return ids.isEmpty() ? null : ids.toString();
    }

    public Integer maxLength(FormField field) {
        return field.rules().maxLength();
    }

    private static LocalDate parse(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
