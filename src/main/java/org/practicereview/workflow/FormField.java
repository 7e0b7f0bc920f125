package org.practicereview.workflow;

import java.util.List;
import java.util.Map;

/**
 * One input of a Camunda Form (form-js component) as the server sees it: key, type, label, hint,
 * options and the {@code validate} rules. {@code properties} carries the form-js custom properties
 * we use, such as {@code requiredMessage} or {@code notInFuture}.
 */
public record FormField(
        String key,
        FieldType type,
        String label,
        String description,
        List<Option> options,
        Rules rules,
        Map<String, String> properties) {

    public record Option(String value, String label) {}

    public record Rules(
            boolean required, Integer minLength, Integer maxLength, String pattern, Double min, Double max) {

        public static final Rules NONE = new Rules(false, null, null, null, null, null);
    }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        rules = rules == null ? Rules.NONE : rules;
    }

    public boolean required() {
        return rules.required();
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }

    public boolean isDate() {
        return type == FieldType.DATETIME;
    }

    public boolean isMultiValued() {
        return type.isMultiValued();
    }

    public String property(String name) {
        return properties.get(name);
    }

    /**
     * True for the options at and after the one that excludes the others: GOV.UK counts the "or" divider
     * before it as an item, so their ids are one further on.
     */
    public boolean afterDivider(int index) {
        String exclusive = property("exclusiveOption");
        for (int i = 0; i <= index && i < options.size(); i++) {
            if (options.get(i).value().equals(exclusive)) {
                return true;
            }
        }
        return false;
    }

    /** This field offering these options instead of its own. */
    public FormField withOptions(List<Option> others) {
        return new FormField(key, type, label, description, others, rules, properties);
    }

    public String optionLabel(String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}
