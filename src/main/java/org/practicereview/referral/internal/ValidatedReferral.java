package org.practicereview.referral.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.practicereview.referral.ReferralSection;
import org.practicereview.workflow.ValidatedValues;

/** Every section of a referral, each item past its form's rules and the referral's own. */
public record ValidatedReferral(Map<ReferralSection, List<ValidatedValues>> sections) {

    public ValidatedReferral {
        sections = Map.copyOf(sections);
    }

    public ValidatedValues single(ReferralSection section) {
        return items(section).get(0);
    }

    public List<ValidatedValues> items(ReferralSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /** Every item in journey order, for keeping each as a submission. */
    public void forEach(BiConsumer<ReferralSection, ValidatedValues> action) {
        for (ReferralSection section : ReferralSection.values()) {
            items(section).forEach(v -> action.accept(section, v));
        }
    }
}
