package org.practicereview.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * Enforces a form's own rules on the server: required, minLength, maxLength, pattern, min, max, the
 * allowed options and the type of each field. Every task service and every web page validates
 * through this one class, so the browser is never trusted and no rule is written twice.
 */
@Component
public class FormValidator {

    private final Clock clock;

    public FormValidator(Clock clock) {
        this.clock = clock;
    }

    /** Validates and converts; throws {@link InvalidSubmissionException} with one message per bad field. */
    public ValidatedValues validate(FormDefinition form, Map<String, ?> submitted) {
        Checked checked = check(form, submitted);
        if (!checked.errors().isEmpty()) {
            throw new InvalidSubmissionException(checked.errors());
        }
        return checked.values();
    }

    /**
     * The values of the fields that passed and the problems of those that did not, so that a caller
     * with rules of its own can check them on what is right so far and report every problem of a page
     * at once, not the form's first and its own after they are fixed.
     */
    public record Checked(ValidatedValues values, List<FieldError> errors) {

        /** True when the field has a problem of the form's own rules. */
        public boolean refused(String key) {
            return errors.stream().anyMatch(e -> e.field().equals(key));
        }
    }

    public Checked check(FormDefinition form, Map<String, ?> submitted) {
        Map<String, ?> input = submitted == null ? Map.of() : submitted;
        Map<String, Object> clean = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            try {
                Object value = convert(field, input.get(field.key()));
                check(field, value);
                if (value != null) {
                    clean.put(field.key(), value);
                }
            } catch (FieldProblem p) {
                errors.add(new FieldError(field.key(), p.getMessage()));
            }
        }
        return new Checked(new ValidatedValues(form, clean), List.copyOf(errors));
    }

    private Object convert(FormField field, Object raw) {
        Object value = unwrapSingle(field, raw);
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case NUMBER -> toNumber(field, value);
            case CHECKBOX -> toFlag(field, value);
            case CHECKLIST, TAGLIST -> toList(field, value);
            case DATETIME -> toDate(field, value);
            case TEXTFIELD, TEXTAREA, RADIO, SELECT -> toText(field, value);
        };
    }

    /** Web forms send arrays of one; an empty string means "not answered". */
    private Object unwrapSingle(FormField field, Object raw) {
        Object value = raw;
        if (value instanceof String[] arr) {
            value = field.isMultiValued() ? List.of(arr) : (arr.length == 0 ? null : arr.length == 1 ? arr[0] : List.of(arr));
        }
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        return value;
    }

    private String toText(FormField field, Object value) {
        if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            throw new FieldProblem(capitalised(field) + " must be text");
        }
        String text = value.toString().strip().replace("\r\n", "\n");
        if (text.codePoints().anyMatch(FormValidator::hidden)) {
            throw new FieldProblem(capitalised(field) + " must not contain hidden control characters, such as a null "
                    + "character or a right-to-left override: type the text again or paste it as plain text");
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * Characters that change how text reads without being seen: controls other than line breaks and
     * tabs, the bidirectional embeddings, overrides and isolates (which can make text on a page say
     * something other than what is stored), and halves of a character (lone surrogates).
     */
    static boolean hidden(int cp) {
        boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t';
        boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        return control || bidi || Character.getType(cp) == Character.SURROGATE;
    }

    private BigDecimal toNumber(FormField field, Object value) {
        try {
            return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem(capitalised(field) + " must be a number");
        }
    }

    private Boolean toFlag(FormField field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "on", "yes" -> Boolean.TRUE;
            case "false", "off", "no" -> Boolean.FALSE;
            default -> throw new FieldProblem(capitalised(field) + " must be yes or no");
        };
    }

    private List<String> toList(FormField field, Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (!(o instanceof String s)) {
                    throw new FieldProblem(capitalised(field) + " must be a list of options");
                }
                if (!s.isBlank() && !items.contains(s.strip())) {
                    items.add(s.strip());
                }
            }
        } else if (value instanceof String s) {
            items.add(s.strip());
        } else {
            throw new FieldProblem(capitalised(field) + " must be a list of options");
        }
        return items.isEmpty() ? null : List.copyOf(items);
    }

    private LocalDate toDate(FormField field, Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (!(value instanceof String s)) {
            throw new FieldProblem(capitalised(field) + " must be a real date");
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new FieldProblem(capitalised(field) + " must be a real date");
        }
    }

    private void check(FormField field, Object value) {
        FormField.Rules rules = field.rules();
        if (value == null || (Boolean.FALSE.equals(value) && field.type() == FieldType.CHECKBOX)) {
            if (rules.required()) {
                throw new FieldProblem(requiredMessage(field));
            }
            return;
        }
        if (value instanceof String text) {
            checkText(field, text);
        } else if (value instanceof BigDecimal number) {
            checkNumber(field, number);
        } else if (value instanceof LocalDate date) {
            checkDate(field, date);
        } else if (value instanceof List<?> items && field.hasOptions()) {
            for (Object item : items) {
                if (field.options().stream().noneMatch(o -> o.value().equals(item))) {
                    throw new FieldProblem("Select valid options for " + lowerFirst(field.label()));
                }
            }
            checkExclusive(field, items);
        }
    }

    /**
     * An option that excludes the others ("None of these", form property {@code exclusiveOption}, shown
     * after an "or" divider and unticking the others in the browser) must come on its own.
     */
    private static void checkExclusive(FormField field, List<?> items) {
        String exclusive = field.property("exclusiveOption");
        if (exclusive != null && items.contains(exclusive) && items.size() > 1) {
            String message = field.property("exclusiveMessage");
            throw new FieldProblem(message != null ? message
                    : "Select '" + field.optionLabel(exclusive) + "' on its own, or untick it");
        }
    }

    private void checkText(FormField field, String text) {
        FormField.Rules rules = field.rules();
        if (field.hasOptions()) {
            if (field.options().stream().noneMatch(o -> o.value().equals(text))) {
                throw new FieldProblem("Select a valid option for " + lowerFirst(field.label()));
            }
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (rules.maxLength() != null && length > rules.maxLength()) {
            throw new FieldProblem(capitalised(field) + " must be " + rules.maxLength() + " characters or fewer");
        }
        if (rules.minLength() != null && length < rules.minLength()) {
            throw new FieldProblem(capitalised(field) + " must be " + rules.minLength() + " characters or more");
        }
        if (rules.pattern() != null && !matches(rules.pattern(), text)) {
            String message = field.property("patternMessage");
            throw new FieldProblem(message != null ? message : capitalised(field) + " is not in the right format");
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Form pattern does not compile", e);
        }
    }

    private void checkNumber(FormField field, BigDecimal number) {
        FormField.Rules rules = field.rules();
        if (rules.min() != null && number.compareTo(BigDecimal.valueOf(rules.min())) < 0) {
            throw new FieldProblem(capitalised(field) + " must be " + plain(rules.min()) + " or more");
        }
        if (rules.max() != null && number.compareTo(BigDecimal.valueOf(rules.max())) > 0) {
            throw new FieldProblem(capitalised(field) + " must be " + plain(rules.max()) + " or less");
        }
    }

    private void checkDate(FormField field, LocalDate date) {
        if ("true".equals(field.property("notInFuture")) && date.isAfter(LocalDate.now(clock.withZone(WorkingDays.UK)))) {
            throw new FieldProblem(capitalised(field) + " must be today or in the past");
        }
        if (date.getYear() < 1900) {
            throw new FieldProblem(capitalised(field) + " must be after 1900");
        }
    }

    private static String plain(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
    }

    private static String requiredMessage(FormField field) {
        String custom = field.property("requiredMessage");
        if (custom != null) {
            return custom;
        }
        return switch (field.type()) {
            case RADIO, SELECT, CHECKLIST, TAGLIST -> "Select " + lowerFirst(field.label());
            case CHECKBOX -> "Confirm " + lowerFirst(field.label());
            case TEXTFIELD, TEXTAREA, NUMBER, DATETIME -> "Enter " + lowerFirst(field.label());
        };
    }

    private static String capitalised(FormField field) {
        String l = field.label();
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label; // an acronym such as "SCR decision"
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static final class FieldProblem extends RuntimeException {
        FieldProblem(String message) {
            super(message, null, false, false);
        }
    }
}
