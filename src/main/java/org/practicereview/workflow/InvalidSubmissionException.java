package org.practicereview.workflow;

import java.util.List;

/**
 * A submission broke its form's rules or a task's own rule. Carries one message per field; the
 * message never repeats what was typed, so it is safe to log.
 */
public class InvalidSubmissionException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSubmissionException(List<FieldError> errors) {
        super("Submission refused: " + errors.stream().map(e -> e.field() + " (" + e.message() + ")").toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidSubmissionException of(String field, String message) {
        return new InvalidSubmissionException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
