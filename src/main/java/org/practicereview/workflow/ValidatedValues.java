package org.practicereview.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a submission that passed its form's rules, typed by field: text as String, numbers as
 * BigDecimal, checkboxes as Boolean, dates as LocalDate, multi-choice as a list. Asking for a key the
 * form does not have is a programming error and fails at once.
 */
public final class ValidatedValues {

    private final FormDefinition form;
    private final Map<String, Object> values;

    ValidatedValues(FormDefinition form, Map<String, Object> values) {
        this.form = form;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public FormDefinition form() {
        return form;
    }

    private Object raw(String key) {
        if (!form.hasField(key)) {
            throw new IllegalStateException("Form " + form.id() + " has no field " + key);
        }
        return values.get(key);
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable((String) raw(key));
    }

    /** A field the form marks as required; always present after validation. */
    public String requiredText(String key) {
        return text(key).orElseThrow(() -> new IllegalStateException("Required field " + key + " missing"));
    }

    public String textOrNull(String key) {
        return (String) raw(key);
    }

    public boolean flag(String key) {
        return Boolean.TRUE.equals(raw(key));
    }

    public Optional<LocalDate> date(String key) {
        return Optional.ofNullable((LocalDate) raw(key));
    }

    public Optional<BigDecimal> number(String key) {
        return Optional.ofNullable((BigDecimal) raw(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = raw(key);
        return v == null ? List.of() : (List<String>) v;
    }

    /** The values as JSON-friendly data (dates as ISO text), for the stored submission. */
    public Map<String, Object> toStorable() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof LocalDate d ? d.toString() : v));
        return out;
    }
}
