package org.practicereview.web.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.web.components.Components.assertConforms;
import static org.practicereview.web.components.Components.fixture;
import static org.practicereview.web.components.Components.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.FormView;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.FieldType;
import org.practicereview.workflow.FormDefinition;
import org.practicereview.workflow.FormField;

/**
 * The form components of fragments/form.html (the one renderer of every Camunda Form), fed a fixture's data as a
 * form field and a {@link FormView}, render the fixture's HTML. Our field's key is its first input's id and its name,
 * so where a fixture chose a different name or id, it is renamed to ours before comparing.
 */
class FormComponentFixtureTests {

    /** A form field from a fixture's options: key = the fixture's id (or name), label or legend, hint, items. */
    static FormField field(Components.Fixture f, FieldType type, Integer maxLength, Map<String, String> properties) {
        String key = f.option("/id") != null ? f.option("/id") : f.option("/name");
        if (key == null) {
            key = f.option("/idPrefix");
        }
        String label = f.option("/label/text") != null ? f.option("/label/text") : f.option("/fieldset/legend/text");
        List<FormField.Option> options = new ArrayList<>();
        JsonNode items = f.options().path("items");
        if (type != FieldType.DATETIME) {
            items.forEach(i -> {
                if (i.has("value")) { // a divider is not an option
                    options.add(new FormField.Option(i.get("value").asText(), i.get("text").asText()));
                }
            });
        }
        return new FormField(key, type, label, f.option("/hint/text"), options,
                new FormField.Rules(false, null, maxLength, null, null, null), properties);
    }

    /** The fixture's error message as our validation's error, and its checked or selected items as the user's values. */
    static String render(Components.Fixture f, FormField field) {
        List<FieldError> errors = f.option("/errorMessage/text") == null ? List.of()
                : List.of(new FieldError(field.key(), f.option("/errorMessage/text")));
        List<String> chosen = new ArrayList<>();
        f.options().path("items").forEach(i -> {
            if (i.path("checked").asBoolean(false) || i.path("selected").asBoolean(false)) {
                chosen.add(i.get("value").asText());
            }
        });
        if (f.option("/value") != null) {
            chosen.add(f.option("/value"));
        }
        Map<String, Object> values = new HashMap<>();
        if (!chosen.isEmpty()) {
            values.put(field.key(), chosen);
        }
        FormView view = new FormView(new FormDefinition("fixture", "Fixture", List.of(field)), values, errors);
        return Components.render("fragments/form :: field(${view}, ${f})", Map.of("view", view, "f", field));
    }

    /** The fixture's name (where it differs from its id) renamed to our key. */
    static Map<String, String> names(Components.Fixture f, FormField field) {
        String name = f.option("/name");
        return name == null || name.equals(field.key()) ? Map.of() : Map.of(name, field.key());
    }

    /**
     * Our inputs always carry the value attribute (empty when the user typed nothing), where the fixtures leave it
     * out: the same submission, so the fixture gets an empty one.
     */
    static final Consumer<Element> EMPTY_VALUES = e -> e.select("input[type=text]:not([value])").attr("value", "");

    /**
     * Deliberate difference: our questions' legends and labels are small bold ("--s"), not page headings, so the
     * legends of fieldsets carry the size modifier the fixtures (without a size option) leave out.
     */
    static final Consumer<Element> SMALL_LEGEND = e -> {
        Element legend = e.selectFirst("legend");
        assertThat(legend.classNames()).containsExactly("govuk-fieldset__legend");
        legend.addClass("govuk-fieldset__legend--s");
    };

    /** Deliberate difference: our textareas are six rows high; the fixtures' default is five. */
    static final Consumer<Element> SIX_ROWS = e -> {
        Element textarea = e.selectFirst("textarea");
        assertThat(textarea.attr("rows")).isEqualTo("5");
        textarea.attr("rows", "6");
    };

    @Nested
    class Input {
        void check(String name, Map<String, String> properties) {
            var f = fixture("input", name);
            FormField field = field(f, FieldType.TEXTFIELD, null, properties);
            assertConforms(render(f, field), f, names(f, field), EMPTY_VALUES);
        }

        @Test
        void defaultInput() {
            check("default", Map.of());
        }

        @Test
        void withHint() {
            check("with hint text", Map.of());
        }

        @Test
        void withError() {
            check("with error message", Map.of());
        }

        @Test
        void withErrorAndHint() {
            check("with error and hint", Map.of());
        }

        @Test
        void withWidth() {
            check("with width-10 class", Map.of("width", "10"));
        }
    }

    @Nested
    class Textarea {
        void check(String name) {
            var f = fixture("textarea", name);
            FormField field = field(f, FieldType.TEXTAREA, null, Map.of());
            assertConforms(render(f, field), f, names(f, field), SIX_ROWS);
        }

        @Test
        void defaultTextarea() {
            check("default");
        }

        @Test
        void withHint() {
            check("with hint");
        }

        @Test
        void withError() {
            check("with error message");
        }
    }

    @Nested
    class CharacterCount {
        void check(String name) {
            var f = fixture("character-count", name);
            FormField field = field(f, FieldType.TEXTAREA, f.options().get("maxlength").asInt(), Map.of());
            assertConforms(render(f, field), f, names(f, field), SIX_ROWS);
        }

        @Test
        void defaultCount() {
            check("default");
        }

        @Test
        void withHintAndError() {
            check("with hint and error");
        }
    }

    @Nested
    class Radios {
        void check(String name) {
            check(name, Map.of());
        }

        void check(String name, Map<String, String> properties) {
            var f = fixture("radios", name);
            FormField field = field(f, FieldType.RADIO, null, properties);
            assertConforms(render(f, field), f, names(f, field), SMALL_LEGEND);
        }

        @Test
        void defaultRadios() {
            check("default");
        }

        @Test
        void withHint() {
            check("with hint");
        }

        @Test
        void inlineWithTwoOptions() {
            check("inline", Map.of("inline", "true"));
        }

        @Test
        void withErrorAndChecked() {
            check("with fieldset and error message");
        }
    }

    @Nested
    class Checkboxes {
        void check(String name) {
            var f = fixture("checkboxes", name);
            FormField field = field(f, FieldType.CHECKLIST, null, Map.of());
            assertConforms(render(f, field), f, names(f, field), SMALL_LEGEND);
        }

        @Test
        void defaultCheckboxes() {
            check("default");
        }

        @Test
        void withHint() {
            check("with hint");
        }

        @Test
        void withDividerAndAnExclusiveNone() {
            var f = fixture("checkboxes", "with divider and None");
            FormField field = field(f, FieldType.CHECKLIST, null, Map.of("exclusiveOption", "none"));
            assertConforms(render(f, field), f, names(f, field), SMALL_LEGEND);
        }
    }

    @Nested
    class Select {
        /**
         * Deliberate difference: our selects start with an empty "Choose" option, so that nothing is chosen until
         * the user chooses (a required select then fails validation instead of silently taking the first option).
         */
        final Consumer<Element> chooseFirst = e -> e.selectFirst("select").prependElement("option").attr("value", "").text("Choose");

        void check(String name, Consumer<Element> adjust) {
            var f = fixture("select", name);
            FormField field = field(f, FieldType.SELECT, null, Map.of());
            assertConforms(render(f, field), f, names(f, field), chooseFirst.andThen(adjust));
        }

        void check(String name) {
            check(name, e -> {});
        }

        @Test
        void withSelectedValue() {
            // The fixture's third option is disabled: form-js options cannot be, so ours never are.
            check("with selected value", e -> {
                assertThat(e.select("option[disabled]")).hasSize(1);
                e.select("option[disabled]").removeAttr("disabled");
            });
        }

        @Test
        void withHintAndError() {
            check("with hint text and error message");
        }
    }

    @Nested
    class DateInput {
        /**
         * Deliberate differences: the day input's id is the field's key, so that the error summary's link to the
         * field lands on it; the three inputs' names are prefixed with the key (a page can have several dates); the
         * container's id is the key + "-date".
         */
        void check(String name) {
            var f = fixture("date-input", name);
            FormField field = field(f, FieldType.DATETIME, null, Map.of());
            String key = field.key();
            Map<String, String> renames = Map.of(key, key + "-date", key + "-day", key,
                    "day", key + "-day", "month", key + "-month", "year", key + "-year");
            assertConforms(render(f, field), f, renames, SMALL_LEGEND.andThen(EMPTY_VALUES));
        }

        @Test
        void defaultDate() {
            check("default");
        }

        @Test
        void withErrorsAndHint() {
            check("with errors and hint");
        }
    }
}
