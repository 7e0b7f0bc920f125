package org.practicereview.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;

/** A Camunda Form from {@code forms/}: its id (what {@code camunda:formRef} names) and its inputs in order. */
public record FormDefinition(String id, String title, List<FormField> fields) {

    public FormDefinition {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public boolean hasField(String key) {
        return field(key).isPresent();
    }

    /**
     * The same form with one field's options worded for the case at hand: {@code words} takes an option's value and
     * the form's label and gives the label to show. Values, and so validation and what is stored, stay the form's.
     */
    public FormDefinition withOptionWords(String key, BinaryOperator<String> words) {
        return new FormDefinition(id, title, fields.stream().map(f -> f.key().equals(key) ? f.withOptions(
                f.options().stream().map(o -> new FormField.Option(o.value(), words.apply(o.value(), o.label()))).toList())
                : f).toList());
    }
}
