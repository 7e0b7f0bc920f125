package org.practicereview.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.FormParameters;
import org.practicereview.workflow.FormView;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;
import org.springframework.util.LinkedMultiValueMap;

class TypedValuesTest {

    static final FormDefinition FORM = new FormDefinition("f", "F", List.of(
            new FormField("dateOfBirth", FieldType.DATETIME, "Date of birth", null, List.of(), null, Map.of()),
            new FormField("name", FieldType.TEXTFIELD, "Name", null, List.of(), null, Map.of())));

    private static Map<String, Object> typed(String day, String month, String year) {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("dateOfBirth-day", day);
        params.add("dateOfBirth-month", month);
        params.add("dateOfBirth-year", year);
        params.add("name", "Poppy");
        return FormParameters.read(FORM, params);
    }

    @Test
    void keepsARealDateAsAnIsoDate() {
        assertThat(TypedValues.toSave(FORM, typed("27", "3", "2019"))).containsEntry("dateOfBirth", "2019-03-27").containsEntry("name", "Poppy");
    }

    @Test
    void keepsADateThatIsNotRealAsItsBoxesAndShowsThemAgain() {
        Map<String, Object> saved = TypedValues.toSave(FORM, typed("31", "2", "2026"));
        assertThat(saved).containsEntry("dateOfBirth", "31 / 2 / 2026").doesNotContainKey("dateOfBirth-day");

        FormView shown = new FormView(FORM, TypedValues.toShow(FORM, saved), List.of());
        assertThat(List.of(shown.datePart("dateOfBirth", "day"), shown.datePart("dateOfBirth", "month"), shown.datePart("dateOfBirth", "year")))
                .containsExactly("31", "2", "2026");
    }

    @Test
    void keepsWordsTypedIntoTheDateBoxes() {
        Map<String, Object> saved = TypedValues.toSave(FORM, typed("first", "March", "19"));
        FormView shown = new FormView(FORM, TypedValues.toShow(FORM, saved), List.of());
        assertThat(List.of(shown.datePart("dateOfBirth", "day"), shown.datePart("dateOfBirth", "month"), shown.datePart("dateOfBirth", "year")))
                .containsExactly("first", "March", "19");
    }

    @Test
    void aPageLeftEmptyIsBlank() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("name", " ");
        assertThat(TypedValues.blank(TypedValues.toSave(FORM, FormParameters.read(FORM, params)))).isTrue();
        assertThat(TypedValues.blank(TypedValues.toSave(FORM, typed("", "", "2019")))).isFalse();
    }
}
