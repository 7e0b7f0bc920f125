package org.practicereview.referral.api;

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

    @Test
    void answersADatabaseThatCannotBeReachedInTimeWith503AndRetryAfterEvenFromAFilter(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        jakarta.servlet.FilterChain failing = (request, r) -> {
            throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        };

        new ApiFaults(new ProblemResponses(json)).doFilter(new MockHttpServletRequest("POST", "/api/referrals"), response, failing);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(json.readTree(response.getContentAsString()).get("detail").asText())
                .contains("stored nothing", "same Idempotency-Key");
        assertThat(response.getContentAsString() + output.getAll()).doesNotContain("Hikari", "JPA");
    }

    @Test
    void answersAnyOtherFaultOutsideTheControllersWithA500Problem(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        jakarta.servlet.FilterChain failing = (request, r) -> {
            throw new IllegalStateException("token row for Poppy Testchild");
        };

        new ApiFaults(new ProblemResponses(json)).doFilter(new MockHttpServletRequest("GET", "/api/referrals/PR-2026-0001"), response, failing);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString() + output.getAll()).doesNotContain("Poppy");
    }
}
