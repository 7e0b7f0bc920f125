package org.practicereview.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads a GOV.UK date input ({@code key-day}, {@code key-month}, {@code key-year}) of a GET form. */
record DateFilter(String key, String day, String month, String year) {

    static DateFilter of(Map<String, String> params, String key) {
        return new DateFilter(key, params.getOrDefault(key + "-day", ""), params.getOrDefault(key + "-month", ""),
                params.getOrDefault(key + "-year", ""));
    }

    boolean blank() {
        return day.isBlank() && month.isBlank() && year.isBlank();
    }

    /** The date, or null when blank; an error is added when it is not a real date. */
    LocalDate date(String label, List<FieldError> errors) {
        if (blank()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(key, label + " must be a real date, for example 27 3 2026"));
            return null;
        }
    }

    /** The query string part that repeats this date, for export links. */
    String query() {
        return blank() ? "" : "&" + key + "-day=" + day.strip() + "&" + key + "-month=" + month.strip() + "&" + key + "-year=" + year.strip();
    }
}
