package org.practicereview.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final ApiProblems problems = new ApiProblems(new ProblemResponses(json));

    @Test
    void answersAnUnexpectedFailureWithAGenericProblemAndLogsOnlyAnIncidentNumber(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Exception failure = new IllegalStateException("insert into referral values ('Poppy Testchild')",
                new java.sql.SQLException("Unique index violation on PUBLIC.REFERRAL"));

        problems.resolveException(new MockHttpServletRequest("POST", "/api/referrals"), response, null, failure);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        String body = response.getContentAsString();
        assertThat(json.readTree(body).get("detail").asText()).contains("incident");
        assertThat(body + output.getAll()).doesNotContain("Poppy", "insert", "REFERRAL", "IllegalStateException",
                "SQLException", "at org.");
    }

    @Test
    void leavesErrorsOutsideTheApiToTheApplication() {
        Object resolved = problems.resolveException(new MockHttpServletRequest("GET", "/cases"),
                new MockHttpServletResponse(), null, new IllegalStateException("page failure"));
        assertThat(resolved).isNull();
    }
}
