package org.practicereview.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * A free-text answer of a page (the learning pages, the review's monitoring) and the words its problems are told in: "Enter …" when a
 * required answer is empty (null for an optional one), "… must be N characters or fewer" when too long.
 */
public record TypedText(String field, String whenEmpty, String name, int max) {

    /** The answer stripped ("" for none), adding its problem, if any, to the page's list. */
    public String check(String typed, List<FieldError> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() && whenEmpty != null) {
            errors.add(new FieldError(field, whenEmpty));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, name + " must be " + max + " characters or fewer"));
        }
        return text;
    }

    /** The answer stripped, or refused when it is the form's only question. */
    public String require(String typed) {
        List<FieldError> errors = new ArrayList<>();
        String text = check(typed, errors);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return text;
    }
}
