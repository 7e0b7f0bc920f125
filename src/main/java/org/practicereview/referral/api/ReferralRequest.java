package org.practicereview.referral.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.Forms;

/**
 * A referral sent whole. Each property is one referral form and holds that form's keys; the
 * repeating sections are arrays. Its documented schema is built from the forms themselves
 * ({@link ApiDocumentation}). Properties that are not sections are collected to be refused.
 */
record ReferralRequest(
        Map<String, Object> aboutYou,
        List<Map<String, Object>> children,
        List<Map<String, Object>> familyMembers,
        List<Map<String, Object>> agencies,
        Map<String, Object> circumstances,
        Map<String, Object> parallelProcesses,
        Map<String, Object> purpose,
        @JsonAnySetter @JsonIgnore Map<String, Object> otherProperties) {

    /** The sections keyed by form id, as {@code ReferralService.submitDirect} takes them; absent sections left out. */
    Map<String, Object> byFormId() {
        Map<String, Object> sections = new LinkedHashMap<>();
        for (ApiSection s : ApiSection.values()) {
            Object value = value(s);
            if (value != null) {
                sections.put(s.formId(), value);
            }
        }
        return sections;
    }

    /** Properties and keys the forms do not have: named, never repeated back. */
    List<FieldError> unknownFields(Forms forms) {
        List<FieldError> errors = new ArrayList<>();
        if (otherProperties != null) {
            otherProperties.keySet().forEach(k -> errors.add(new FieldError("(request)", "The request has a property that is not a referral section")));
        }
        for (ApiSection s : ApiSection.values()) {
            var form = forms.get(s.formId());
            if (value(s) instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Map<?, ?> item) {
                        unknownKeys(s.property() + "[" + i + "]", item, form, errors);
                    }
                }
            } else if (value(s) instanceof Map<?, ?> single) {
                unknownKeys(s.property(), single, form, errors);
            }
        }
        return errors.stream().distinct().toList();
    }

    private static void unknownKeys(String place, Map<?, ?> item, org.practicereview.workflow.FormDefinition form,
                                    List<FieldError> errors) {
        boolean unknown = item.keySet().stream().anyMatch(k -> !form.hasField(String.valueOf(k)));
        if (unknown) {
            errors.add(new FieldError(place, "This section has a key that is not a question of its form"));
        }
    }

    private Object value(ApiSection s) {
        return switch (s) {
            case ABOUT_YOU -> aboutYou;
            case CHILDREN -> children;
            case FAMILY_MEMBERS -> familyMembers;
            case AGENCIES -> agencies;
            case CIRCUMSTANCES -> circumstances;
            case PARALLEL_PROCESSES -> parallelProcesses;
            case PURPOSE -> purpose;
        };
    }
}
