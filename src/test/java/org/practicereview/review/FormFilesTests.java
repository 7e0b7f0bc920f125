package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormFilesTests {

    @ParameterizedTest
    @ValueSource(strings = {"agree-terms-of-reference", "appoint-lead-reviewer", "submit-agency-report",
            "record-family-involvement", "draft-report", "quality-assure-report", "board-sign-off", "agree-action-plan",
            "prepare-publication-pack", "resolve-anonymisation-findings", "approve-publication"})
    void isACamundaPlatformFormNamedAfterItsFile(String formId) throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(formId + ".form")) {
            form = new ObjectMapper().readTree(in);
        }
        assertThat(form.path("id").asText()).isEqualTo(formId);
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("properties").path("title").asText()).isNotBlank();
    }
}
