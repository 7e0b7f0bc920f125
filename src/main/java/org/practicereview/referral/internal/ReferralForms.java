package org.practicereview.referral.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.practicereview.identity.Agencies;
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
    private final Agencies agencies;

    ReferralForms(Forms forms, FormValidator validator, ReferralRules rules, Agencies agencies) {
        this.forms = forms;
        this.validator = validator;
        this.rules = rules;
        this.agencies = agencies;
    }

    public ValidatedReferral validate(Map<ReferralSection, List<Map<String, ?>>> answers) {
        // First each item through its form; then the section rules, with every agency code the
        // referral names looked up in one query; then the problems in the order of the sections.
        List<Item> checked = new ArrayList<>();
        Map<ReferralSection, List<ValidatedValues>> valid = new EnumMap<>(ReferralSection.class);
        for (ReferralSection section : ReferralSection.values()) {
            List<Map<String, ?>> items = answers.getOrDefault(section, List.of());
            if (items.size() < section.minimum()) {
                checked.add(new Item(section, 0, null, List.of(missing(section))));
                continue;
            }
            if (items.size() > section.maximum()) {
                checked.add(new Item(section, 0, null, List.of(new FieldError(section.slug(), section.tooMany()))));
                continue;
            }
            valid.put(section, new ArrayList<>());
            for (int i = 0; i < items.size(); i++) {
                checked.add(formChecked(section, i, items.get(i)));
            }
        }
        Set<String> knownAgencies = agencies.known(checked.stream()
                .filter(item -> item.form() != null && ReferralRules.namesAnAgency(item.section()))
                .flatMap(item -> item.form().values().text("agencyCode").stream()).toList());
        List<FieldError> errors = new ArrayList<>();
        for (Item item : checked) {
            if (item.form() == null) {
                errors.addAll(item.missing());
                continue;
            }
            // The section's rules run on what passed the form, so a page shows every problem at once.
            FormValidator.Checked form = item.form();
            List<FieldError> found = new ArrayList<>(form.errors());
            rules.check(item.section(), form.values(), knownAgencies).stream()
                    .filter(e -> !form.refused(e.field())).forEach(found::add);
            found.forEach(e -> errors.add(named(item.section(), item.index(), e)));
            if (found.isEmpty()) {
                valid.get(item.section()).add(form.values());
            }
        }
        errors.addAll(repeatedAgencies(answers.getOrDefault(ReferralSection.AGENCY, List.of())));
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return new ValidatedReferral(valid);
    }

    /** One item of a section after its form, or (form null) a section missing, its problem already named for the page. */
    private record Item(ReferralSection section, int index, FormValidator.Checked form, List<FieldError> missing) {}

    private Item formChecked(ReferralSection section, int index, Map<String, ?> item) {
        return new Item(section, index, validator.check(forms.get(section.formId()), item), List.of());
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
