package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random values thrown at every form in forms/: the validator either accepts them, keeping only the
 * form's own keys, or refuses them with messages about the form's own fields — never anything else.
 */
class FormValidatorProperties {

    private static final Forms FORMS = new Forms(new ObjectMapper());
    private final FormValidator validator = new FormValidator(Clock.systemUTC());

    record Submission(FormDefinition form, Map<String, Object> values) {
        @Override
        public String toString() {
            return form.id() + " " + values.keySet();
        }
    }

    @Property(tries = 600)
    void neverFailsUnexpectedly(@ForAll("submissions") Submission submission) {
        List<String> keys = submission.form().fields().stream().map(FormField::key).toList();
        try {
            ValidatedValues values = validator.validate(submission.form(), submission.values());
            assertThat(values.toStorable().keySet()).isSubsetOf(keys);
        } catch (InvalidSubmissionException refused) {
            assertThat(refused.errors()).isNotEmpty();
            refused.errors().forEach(e -> {
                assertThat(keys).contains(e.field());
                assertThat(e.message()).isNotBlank();
            });
        }
    }

    @Provide
    Arbitrary<Submission> submissions() {
        List<FormDefinition> forms = new ArrayList<>(FORMS.all());
        if (forms.isEmpty()) {
            forms.add(TestForms.read("every-type"));
        }
        return Arbitraries.of(forms).flatMap(form -> {
            List<String> keys = new ArrayList<>(form.fields().stream().map(FormField::key).toList());
            keys.add("notAField");
            return Arbitraries.maps(Arbitraries.of(keys), anyValue(form)).ofMaxSize(keys.size())
                    .map(values -> new Submission(form, values));
        });
    }

    private Arbitrary<Object> anyValue(FormDefinition form) {
        List<String> optionValues = new ArrayList<>(form.fields().stream()
                .flatMap(f -> f.options().stream().map(FormField.Option::value)).toList());
        optionValues.add("NOT_AN_OPTION");
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> option = Arbitraries.of(optionValues);
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1800, 2200),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return Arbitraries.oneOf(
                text.map(s -> (Object) s),
                option.map(s -> (Object) s),
                date.map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                option.list().ofMaxSize(4).map(l -> (Object) l),
                option.array(String[].class).ofMaxSize(3).map(a -> (Object) a),
                Arbitraries.just(null),
                Arbitraries.just(Map.of("nested", "object")));
    }
}
