package org.practicereview.workflow;

import java.util.List;
import java.util.Optional;

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
}
