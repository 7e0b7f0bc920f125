package org.practicereview.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the form-js JSON of a Camunda Form into a {@link FormDefinition}. */
final class FormReader {

    /** form-js component types that carry no value (headings, text, spacers). */
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "spacer", "separator", "image", "button");

    private final ObjectMapper json;

    FormReader(ObjectMapper json) {
        this.json = json;
    }

    FormDefinition read(InputStream in) {
        try {
            JsonNode root = json.readTree(in);
            List<FormField> fields = new ArrayList<>();
            collect(root.path("components"), fields);
            String title = root.path("properties").path("title").asText(null);
            return new FormDefinition(root.path("id").asText(), title, fields);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable form", e);
        }
    }

    private void collect(JsonNode components, List<FormField> into) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if ("group".equals(type)) {
                collect(c.path("components"), into);
            } else if (!DISPLAY_ONLY.contains(type)) {
                into.add(field(c, FieldType.ofFormJs(type, c.path("key").asText(null))));
            }
        }
    }

    private FormField field(JsonNode c, FieldType type) {
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            options.add(new FormField.Option(v.path("value").asText(), v.path("label").asText()));
        }
        JsonNode v = c.path("validate");
        FormField.Rules rules = new FormField.Rules(
                v.path("required").asBoolean(false),
                v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
                v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
                v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
                v.hasNonNull("min") ? v.get("min").asDouble() : null,
                v.hasNonNull("max") ? v.get("max").asDouble() : null);
        Map<String, String> properties = new LinkedHashMap<>();
        c.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        if (c.hasNonNull("valuesKey")) {
            // form-js dynamic options: the page supplies them (e.g. the board's agencies)
            properties.putIfAbsent("valuesKey", c.get("valuesKey").asText());
        }
        if (c.hasNonNull("subtype")) {
            properties.putIfAbsent("subtype", c.get("subtype").asText());
        }
        String label = c.hasNonNull("label") ? c.get("label").asText() : c.path("dateLabel").asText(c.path("key").asText());
        return new FormField(c.get("key").asText(), type, label, c.path("description").asText(null), options, rules, properties);
    }
}
