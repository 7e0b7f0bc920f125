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
}
