package org.practicereview.referral.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.practicereview.workflow.FormField;

/** A saved answer as check answers shows it: option labels rather than codes, dates in words, one entry per line. */
final class AnswerText {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AnswerText() {}

    /** The lines of an answer; empty when not answered. Templates print each with th:text. */
    static List<String> lines(FormField field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(i -> field.optionLabel(String.valueOf(i))).toList();
        }
        String text = value.toString();
        if (field.isDate()) {
            return List.of(date(text));
        }
        if (field.hasOptions()) {
            return List.of(field.optionLabel(text));
        }
        return text.replace("\r\n", "\n").lines().toList();
    }

    /** "27 March 2019" for a real date; otherwise what was typed, such as "31 / 2 / 2026". */
    static String date(String value) {
        return TypedValues.isDate(value) ? LONG_DATE.format(LocalDate.parse(value)) : value;
    }
}
