package org.practicereview.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;
import org.practicereview.identity.Users;
import org.practicereview.shared.GovDates;
import org.springframework.stereotype.Component;

/**
 * A kept submission as people read it: every field of its form that was answered, in the form's order,
 * with the form's label and the chosen option's words, dates as "4 January 2027". A module builds its
 * case-file sections from its own forms' submissions with this, so a field added to a form is shown
 * without another line of code.
 */
@Component
public class FormAnswers {

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {};

    private final Forms forms;
    private final ObjectMapper json;
    private final Users users;

    FormAnswers(Forms forms, ObjectMapper json, Users users) {
        this.forms = forms;
        this.json = json;
        this.users = users;
    }

    /** The values of a submission by key, as they were kept (dates as ISO text, lists as lists). */
    public Map<String, Object> values(FormSubmission submission) {
        try {
            return json.readValue(submission.valuesJson(), VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept submission cannot be read: " + submission.id(), e);
        }
    }

    /** "Sent by Jo Smith on 4 January 2027 at 5pm": the person by name, never their username. */
    public String byline(String verb, FormSubmission submission) {
        return verb + " by " + users.nameOf(submission.submittedBy()) + " on " + GovDates.time(submission.submittedAt());
    }

    /**
     * Every answered field of the submission; {@code codes} names the values whose words the form does not
     * hold (agency codes, in a select or a text field) and returns any other value as it is.
     */
    public List<Row> rows(FormSubmission submission, UnaryOperator<String> codes) {
        return rows(submission, forms.get(submission.formId()), codes, field -> true);
    }

    /**
     * As {@link #rows(FormSubmission, UnaryOperator)}, in the words of {@code worded}: the submission's form as the
     * caller words it for this case (such as {@link FormDefinition#withOptionWords}).
     */
    public List<Row> rows(FormSubmission submission, UnaryOperator<FormDefinition> worded, UnaryOperator<String> codes) {
        return rows(submission, worded.apply(forms.get(submission.formId())), codes, field -> true);
    }

    /** The answered fields with these keys only, in the form's order: a brief that shows part of a form. */
    public List<Row> rows(FormSubmission submission, Collection<String> keys) {
        return rows(submission, forms.get(submission.formId()), UnaryOperator.identity(), field -> keys.contains(field.key()));
    }

    private List<Row> rows(FormSubmission submission, FormDefinition form, UnaryOperator<String> codes, Predicate<FormField> shown) {
        Map<String, Object> values = values(submission);
        List<Row> rows = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!shown.test(field)) {
                continue;
            }
            String words = words(field, values.get(field.key()), codes);
            if (words != null && !words.isBlank()) {
                rows.add(Row.of(field.label(), words));
            }
        }
        return rows;
    }

    public Part part(String heading, String byline, FormSubmission submission) {
        return new Part(heading, byline, rows(submission, UnaryOperator.identity()));
    }

    static String words(FormField field, Object value, UnaryOperator<String> codes) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> one(field, String.valueOf(v), codes)).collect(Collectors.joining("\n"));
        }
        return one(field, String.valueOf(value), codes);
    }

    private static String one(FormField field, String value, UnaryOperator<String> codes) {
        if (field.hasOptions()) {
            return field.optionLabel(value);
        }
        if (field.isDate()) {
            try {
                return GovDates.day(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return codes.apply(value);
    }
}
