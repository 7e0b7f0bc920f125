package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class ReferralApiIdempotencyTests extends ApiTestSupport {

    @Test
    void replaysTheFirstAnswerForTheSameKeyAndBodyWithoutASecondCase() throws Exception {
        String first = mvc.perform(callers.submit(health, ApiCallers.referral(), "retry-me-1"))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "false"))
                .andReturn().getResponse().getContentAsString();
        // The same referral again, written with other spacing and key order.
        String reordered = json.writerWithDefaultPrettyPrinter().writeValueAsString(new java.util.TreeMap<>(ApiCallers.referral()));
        String again = mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .header("Idempotency-Key", "retry-me-1").contentType(MediaType.APPLICATION_JSON).content(reordered))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
        assertThat(referralsBy(health)).isEqualTo(1);
        // The replay took no case reference either: the next referral's number follows the first's.
        String next = mvc.perform(callers.submit(health, ApiCallers.referral(), "retry-me-2"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(number(next)).isEqualTo(number(first) + 1);
    }

    private int number(String answer) throws Exception {
        return Integer.parseInt(json.readTree(answer).get("reference").asText().substring(8)); // PR-YYYY-NNNN
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() throws Exception {
        mvc.perform(callers.submit(health, ApiCallers.referral(), "reused-key")).andExpect(status().isCreated());
        Map<String, Object> other = ApiCallers.with(ApiCallers.referral(), "children", List.of(ReferralExamples.child()));
        mvc.perform(callers.submit(health, other, "reused-key"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Idempotency key reused with a different request"));
        assertThat(referralsBy(health)).isEqualTo(1);
    }

    @Test
    void scopesKeysToTheAccount() throws Exception {
        ApiCallers.Caller other = callers.healthSystem();
        mvc.perform(callers.submit(health, ApiCallers.referral(), "shared-key")).andExpect(status().isCreated());
        mvc.perform(callers.submit(other, ApiCallers.referral(), "shared-key")).andExpect(status().isCreated());
        assertThat(referralsBy(other)).isEqualTo(1);
    }

    @Test
    void requiresAVisibleAsciiKeyOfAtMost200Characters() throws Exception {
        mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(callers.json(ApiCallers.referral())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Missing or invalid Idempotency-Key"));
        mvc.perform(callers.submit(health, ApiCallers.referral(), "x".repeat(201))).andExpect(status().isBadRequest());
        mvc.perform(callers.submit(health, ApiCallers.referral(), "two words")).andExpect(status().isBadRequest());
        mvc.perform(callers.submit(health, ApiCallers.referral(), "x".repeat(200))).andExpect(status().isCreated());
        assertThat(referralsBy(health)).isEqualTo(1);
    }

    @Test
    void leavesNoKeyBehindWhenTheReferralIsRefused() throws Exception {
        Map<String, Object> invalid = ApiCallers.with(ApiCallers.referral(), "children", List.of());
        mvc.perform(callers.submit(health, invalid, "fix-and-retry")).andExpect(status().isUnprocessableEntity());
        mvc.perform(callers.submit(health, ApiCallers.referral(), "fix-and-retry")).andExpect(status().isCreated());
        assertThat(referralsBy(health)).isEqualTo(1);
    }

    @Test
    void createsOneCaseWhenTwoRequestsWithTheSameKeyRace() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<MockHttpServletResponse> post = () -> {
            start.await();
            return mvc.perform(callers.submit(health, ApiCallers.referral(), "racing-key")).andReturn().getResponse();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> a = threads.submit(post);
            Future<MockHttpServletResponse> b = threads.submit(post);
            start.countDown();
            MockHttpServletResponse first = a.get(60, TimeUnit.SECONDS);
            MockHttpServletResponse second = b.get(60, TimeUnit.SECONDS);
            assertThat(List.of(first.getStatus(), second.getStatus())).containsExactly(201, 201);
            assertThat(json.readTree(second.getContentAsString()).get("reference"))
                    .isEqualTo(json.readTree(first.getContentAsString()).get("reference"));
            assertThat(List.of(first.getHeader("Idempotent-Replayed"), second.getHeader("Idempotent-Replayed")))
                    .containsExactlyInAnyOrder("true", "false");
        } finally {
            threads.shutdownNow();
        }
        assertThat(referralsBy(health)).isEqualTo(1);
    }

    private long referralsBy(ApiCallers.Caller caller) {
        return jdbc.sql("select count(*) from referral where submitted_by = ?").param(caller.username()).query(Long.class).single();
    }
}
