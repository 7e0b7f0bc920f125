package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ValidatedValues;

/** The real forms from {@code forms/} and the real validator, on a fixed day (Wednesday 25 November 2026). */
public final class FormRules {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Forms FORMS = new Forms(new ObjectMapper());
    private static final FormValidator VALIDATOR = new FormValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private FormRules() {}

    public static ValidatedValues valid(String formId, Map<String, ?> values) {
        return VALIDATOR.validate(FORMS.get(formId), values);
    }

    /** The messages by field of a refused submission. */
    public static Map<String, String> errors(String formId, Map<String, ?> values) {
        InvalidSubmissionException[] thrown = new InvalidSubmissionException[1];
        assertThatThrownBy(() -> valid(formId, values)).isInstanceOfSatisfying(InvalidSubmissionException.class,
                e -> thrown[0] = e);
        return thrown[0].errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message,
                (a, b) -> a, LinkedHashMap::new));
    }

    /** A copy of {@code base} with some values replaced (null removes). */
    public static Map<String, Object> with(Map<String, ?> base, Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null) {
                out.remove((String) keysAndValues[i]);
            } else {
                out.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return out;
    }
}
