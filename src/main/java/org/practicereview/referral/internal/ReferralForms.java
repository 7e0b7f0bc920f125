package org.practicereview.referral.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.practicereview.referral.ReferralSection;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FormValidator;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.InvalidSubmissionException;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * Checks a whole referral, section by section, through each section's form and its own rules. All
 * problems are reported at once, one per field, named like {@code child-2.dateOfBirth} and worded
 * with the section first ("Child 2: Enter the child's date of birth").
 */
@Component
public class ReferralForms {

    private final Forms forms;
    private final FormValidator validator;
    private final ReferralRules rules;

    ReferralForms(Forms forms, FormValidator validator, ReferralRules rules) {
        this.forms = forms;
        this.validator = validator;
        this.rules = rules;
    }

    public ValidatedReferral validate(Map<ReferralSection, List<Map<String, ?>>> answers) {
        List<FieldError> errors = new ArrayList<>();
        Map<ReferralSection, List<ValidatedValues>> valid = new EnumMap<>(ReferralSection.class);
        for (ReferralSection section : ReferralSection.values()) {
            List<Map<String, ?>> items = answers.getOrDefault(section, List.of());
            if (items.size() < section.minimum()) {
                errors.add(missing(section));
                continue;
            }
            List<ValidatedValues> validItems = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                validateItem(section, i, items.get(i), errors).ifPresent(validItems::add);
            }
            valid.put(section, validItems);
        }
        errors.addAll(repeatedAgencies(answers.getOrDefault(ReferralSection.AGENCY, List.of())));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return new ValidatedReferral(valid);
    }

    private Optional<ValidatedValues> validateItem(ReferralSection section, int index, Map<String, ?> item,
                                                             List<FieldError> errors) {
        List<FieldError> found;
        ValidatedValues values = null;
        try {
            values = validator.validate(forms.get(section.formId()), item);
            found = rules.check(section, values);
        } catch (InvalidSubmissionException e) {
            found = e.errors();
        }
        found.forEach(e -> errors.add(named(section, index, e)));
        return found.isEmpty() ? Optional.of(values) : Optional.empty();
    }

    private static List<FieldError> repeatedAgencies(List<Map<String, ?>> agencies) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agencies.size(); i++) {
            Object code = agencies.get(i).get("agencyCode");
            if (code != null && !code.toString().isBlank() && !seen.add(code.toString().strip())) {
                errors.add(named(ReferralSection.AGENCY, i,
                        new FieldError("agencyCode", "This agency is already in the list: remove one of them")));
            }
        }
        return errors;
    }

    private static FieldError missing(ReferralSection section) {
        String message = section.repeating()
                ? "Add at least one " + section.title().toLowerCase(Locale.ROOT)
                : section.title() + ": complete this section";
        return new FieldError(section.slug(), message);
    }

    private static FieldError named(ReferralSection section, int index, FieldError error) {
        String place = section.repeating() ? section.slug() + "-" + (index + 1) : section.slug();
        String title = section.repeating() ? section.title() + " " + (index + 1) : section.title();
        return new FieldError(place + "." + error.field(), title + ": " + error.message());
    }
}
