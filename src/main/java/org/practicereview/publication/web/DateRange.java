package org.practicereview.publication.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.practicereview.workflow.FieldError;

/** The period of the PRG report as typed in two GOV.UK date inputs, checked; what was typed is kept. */
public record DateRange(Map<String, String> typed, LocalDate from, LocalDate to, List<FieldError> errors) {

    static final String[] PARTS = {"day", "month", "year"};

    static DateRange of(Map<String, String> params, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date(params, "from", "start", errors);
        LocalDate to = date(params, "to", "end", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
        if (from != null && from.isAfter(today)) {
            errors.add(new FieldError("from", "The start date must be today or in the past"));
        }
        return new DateRange(params, errors.isEmpty() ? from : null, errors.isEmpty() ? to : null, errors);
    }

    static boolean given(Map<String, String> params) {
        return params.keySet().stream().anyMatch(k -> k.startsWith("from-") || k.startsWith("to-"));
    }

    private static LocalDate date(Map<String, String> params, String field, String name, List<FieldError> errors) {
        String day = params.getOrDefault(field + "-day", "").strip();
        String month = params.getOrDefault(field + "-month", "").strip();
        String year = params.getOrDefault(field + "-year", "").strip();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            errors.add(new FieldError(field, "Enter the " + name + " date"));
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FieldError(field, "The " + name + " date must include a day, month and year"));
            return null;
        }
        try {
            if (!year.matches("\\d{4}") || !day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
                throw new DateTimeException("not numbers");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "The " + name + " date must be a real date"));
            return null;
        }
    }

    public String value(String field, String part) {
        return typed.getOrDefault(field + "-" + part, "");
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
