package org.practicereview.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicereview.referral.ReferralSection;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.ValidatedValues;
import org.springframework.stereotype.Component;

/**
 * The rules of one section that its form cannot express: agencies that exist, dates in order. They run
 * on the values that passed the form so far, so each skips what is not answered yet.
 */
@Component
class ReferralRules {

    /** Whether the section's items name an agency by its code ({@code agencyCode}), which must exist. */
    static boolean namesAnAgency(ReferralSection section) {
        return section == ReferralSection.ABOUT_YOU || section == ReferralSection.AGENCY;
    }

    /** The problems of one item; {@code knownAgencies}: those of the referral's agency codes that exist. */
    List<FieldError> check(ReferralSection section, ValidatedValues values, Set<String> knownAgencies) {
        List<FieldError> errors = new ArrayList<>();
        switch (section) {
            case ABOUT_YOU -> knownAgency(values, knownAgencies, "Select your agency from the list", errors);
            case AGENCY -> knownAgency(values, knownAgencies, "Select the agency from the list", errors);
            case CHILD -> datesInOrder(values, errors);
            default -> { }
        }
        return errors;
    }

    private static void knownAgency(ValidatedValues values, Set<String> knownAgencies, String message, List<FieldError> errors) {
        // Not answered, the form has said so already.
        if (values.text("agencyCode").filter(code -> !knownAgencies.contains(code)).isPresent()) {
            errors.add(new FieldError("agencyCode", message));
        }
    }

    private static void datesInOrder(ValidatedValues values, List<FieldError> errors) {
        Optional<LocalDate> bornOn = values.date("dateOfBirth");
        if (bornOn.isEmpty()) {
            return; // not a real date yet: the form's problem, said once
        }
        LocalDate born = bornOn.get();
        Optional<LocalDate> died = values.date("dateOfDeath");
        if (died.isPresent() && died.get().isBefore(born)) {
            errors.add(new FieldError("dateOfDeath", "Date of death must be the same as or after the date of birth"));
        }
        if (values.date("dateOfIncident").filter(incident -> incident.isBefore(born)).isPresent()) {
            errors.add(new FieldError("dateOfIncident", "Date of the incident must be the same as or after the date of birth"));
        }
    }
}
