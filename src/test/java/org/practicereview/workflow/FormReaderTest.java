package org.practicereview.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormReaderTest {

    private static FormDefinition read(String json) {
        return new FormReader(new ObjectMapper()).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEachFieldsTypeAndSkipsTextAndGroups() {
        FormDefinition form = read("""
                {"id": "f", "type": "default", "components": [
                  {"type": "text", "text": "# Heading"},
                  {"type": "group", "components": [
                    {"type": "datetime", "key": "dateOfBirth", "dateLabel": "Date of birth", "subtype": "date"},
                    {"type": "checklist", "key": "criteria", "label": "Criteria", "values": [{"value": "A", "label": "A"}]}]},
                  {"type": "textarea", "key": "rationale", "label": "Rationale"}]}
                """);

        assertThat(form.fields()).extracting(FormField::key, FormField::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dateOfBirth", FieldType.DATETIME),
                org.assertj.core.groups.Tuple.tuple("criteria", FieldType.CHECKLIST),
                org.assertj.core.groups.Tuple.tuple("rationale", FieldType.TEXTAREA));
        assertThat(form.fields().get(1).isMultiValued()).isTrue();
    }

    @Test
    void refusesAFormWithAFieldTypeNoPageRenders() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "filepicker", "key": "evidence", "label": "Evidence"}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'evidence'").hasMessageContaining("'filepicker'").hasMessageContaining("textarea");
    }

    @Test
    void everyDeployedFormReadsWithKnownTypes() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            forms.filter(p -> p.toString().endsWith(".form")).forEach(p -> {
                try (var in = Files.newInputStream(p)) {
                    assertThat(new FormReader(new ObjectMapper()).read(in).fields()).as(p.toString()).isNotEmpty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void aFormWordedForTheCaseAtHandKeepsItsValuesAndItsOtherFields() {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "radio", "key": "why", "label": "Why?", "validate": {"required": true},
                   "values": [{"label": "Old words", "value": "A"}, {"label": "Other", "value": "B"}]},
                  {"type": "radio", "key": "else", "label": "Else?", "values": [{"label": "Old words", "value": "A"}]}]}
                """);

        FormDefinition worded = form.withOptionWords("why", (value, label) -> value.equals("A") ? "New words" : label);

        assertThat(worded.field("why").orElseThrow().options()).extracting(FormField.Option::value, FormField.Option::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "New words"), org.assertj.core.groups.Tuple.tuple("B", "Other"));
        assertThat(worded.field("why").orElseThrow().required()).isTrue();
        assertThat(worded.field("else").orElseThrow().optionLabel("A")).isEqualTo("Old words");
        assertThat(form.field("why").orElseThrow().optionLabel("A")).as("the form itself is unchanged").isEqualTo("Old words");
    }
}
