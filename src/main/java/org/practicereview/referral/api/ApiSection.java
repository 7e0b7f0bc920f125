package org.practicereview.referral.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicereview.referral.ReferralSection;

/**
 * The sections of a referral as the API names them: one JSON property per referral form, whose
 * keys are the form's keys. Also turns the service's field names ({@code child-2.dateOfBirth})
 * into the API's ({@code children[1].dateOfBirth}, arrays counted from 0).
 */
enum ApiSection {
    ABOUT_YOU("aboutYou", ReferralSection.ABOUT_YOU),
    CHILDREN("children", ReferralSection.CHILD),
    FAMILY_MEMBERS("familyMembers", ReferralSection.FAMILY_MEMBER),
    AGENCIES("agencies", ReferralSection.AGENCY),
    CIRCUMSTANCES("circumstances", ReferralSection.CIRCUMSTANCES),
    PARALLEL_PROCESSES("parallelProcesses", ReferralSection.PARALLEL_PROCESSES),
    PURPOSE("purpose", ReferralSection.PURPOSE);

    private static final Pattern ITEM = Pattern.compile("(.+)-(\\d+)");

    private final String property;
    private final ReferralSection section;

    ApiSection(String property, ReferralSection section) {
        this.property = property;
        this.section = section;
    }

    String property() {
        return property;
    }

    ReferralSection section() {
        return section;
    }

    String formId() {
        return section.formId();
    }

    /** The API's name for a field named by the referral service; other names are kept. */
    static String apiFieldName(String serviceName) {
        int dot = serviceName.indexOf('.');
        String head = dot < 0 ? serviceName : serviceName.substring(0, dot);
        String tail = dot < 0 ? "" : serviceName.substring(dot);
        Matcher item = ITEM.matcher(head);
        if (item.matches()) {
            Optional<ApiSection> s = bySlug(item.group(1));
            if (s.isPresent() && s.get().section.repeating()) {
                return s.get().property + "[" + (Integer.parseInt(item.group(2)) - 1) + "]" + tail;
            }
        }
        return bySlug(head).or(() -> byFormId(head)).map(s -> s.property + tail).orElse(serviceName);
    }

    private static Optional<ApiSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.section.slug().equals(slug)).findFirst();
    }

    private static Optional<ApiSection> byFormId(String formId) {
        return Arrays.stream(values()).filter(s -> s.formId().equals(formId)).findFirst();
    }
}
