package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;

class ActionPlanEntriesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Set<String> AGENCIES = Set.of("POLICE", "HEALTH", "SOCIAL_CARE");

    static Map<String, Object> item(int n, String owner, String due) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("item" + n + "Recommendation", "Recommendation text " + n);
        v.put("item" + n + "Scope", n % 2 == 0 ? "MULTI_AGENCY" : "SINGLE_AGENCY");
        v.put("item" + n + "OwnerAgency", owner);
        v.put("item" + n + "DueDate", due);
        return v;
    }

    static List<ActionPlanItem.Proposal> read(Map<String, Object> values) {
        return ActionPlanEntries.read(FormRules.valid("agree-action-plan", values), AGENCIES::contains, TODAY);
    }

    static Map<String, String> refused(Map<String, Object> values) {
        InvalidSubmissionException[] e = new InvalidSubmissionException[1];
        assertThatThrownBy(() -> read(values)).isInstanceOfSatisfying(InvalidSubmissionException.class, x -> e[0] = x);
        return e[0].errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a,
                LinkedHashMap::new));
    }

    @Test
    void readsOneRecommendationAsOpenWhenNoStatusIsGiven() {
        assertThat(read(item(1, "POLICE", "2027-03-31"))).containsExactly(new ActionPlanItem.Proposal(
                "Recommendation text 1", ActionScope.SINGLE_AGENCY, "POLICE", LocalDate.of(2027, 3, 31), ActionStatus.OPEN));
    }

    @Test
    void readsFiveRecommendationsInOrderWithTheirStatus() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int n = 1; n <= 5; n++) {
            values.putAll(item(n, "HEALTH", "2027-0" + n + "-01"));
        }
        values.put("item3Status", "IN_PROGRESS");
        List<ActionPlanItem.Proposal> items = read(values);
        assertThat(items).extracting(ActionPlanItem.Proposal::recommendation)
                .containsExactly("Recommendation text 1", "Recommendation text 2", "Recommendation text 3",
                        "Recommendation text 4", "Recommendation text 5");
        assertThat(items.get(2).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void skipsALaterRecommendationLeftEmptyEvenWithAPreselectedStatus() {
        Map<String, Object> values = item(1, "POLICE", "2027-03-31");
        values.put("item2Status", "OPEN");
        assertThat(read(values)).hasSize(1);
    }

    @Test
    void refusesAPartlyFilledLaterRecommendationNamingEachMissingField() {
        Map<String, Object> values = item(1, "POLICE", "2027-03-31");
        values.put("item3Recommendation", "Audit the escalation policy");
        assertThat(refused(values)).containsExactly(
                entry("item3Scope", "Select whether recommendation 3 is single- or multi-agency"),
                entry("item3OwnerAgency", "Enter the owner agency of recommendation 3"),
                entry("item3DueDate", "Enter the due date of recommendation 3"));
    }

    @Test
    void refusesAnOwnerAgencyTheBoardDoesNotKnowAndADueDateInThePast() {
        Map<String, Object> values = item(1, "FIRE_SERVICE", "2026-11-24");
        assertThat(refused(values)).containsExactly(
                entry("item1OwnerAgency", "The owner agency of recommendation 1 must be an agency the board knows"),
                entry("item1DueDate", "The due date of recommendation 1 must be today or in the future"));
    }
}
