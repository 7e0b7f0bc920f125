package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReferralApiValidationTests extends ApiTestSupport {

    private static final String MARKER = "Zqx<b>Marker</b>7731";
    private static final List<String> COUNTED = List.of("referral", "referral_child", "case_file", "form_submission",
            "api_idempotency_key", "act_hi_procinst");

    @Test
    void refusesInvalidFieldsWithOneErrorPerFieldAndStoresNothing() throws Exception {
        Map<String, Object> body = ApiCallers.referral();
        body.put("children", List.of(ReferralExamples.child(),
                ReferralExamples.with(ReferralExamples.child(ReferralExamples.SIBLING_NAME), "dateOfBirth", null)));
        body.put("aboutYou", ReferralExamples.with(ReferralExamples.aboutYou(), "email", "not an email"));
        body.remove("purpose");
        List<Long> before = counts();
        String response = mvc.perform(callers.submit(health, body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.status").value(422))
                .andReturn().getResponse().getContentAsString();
        List<String> fields = new ArrayList<>();
        json.readTree(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("children[1].dateOfBirth", "aboutYou.email", "purpose");
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void refusesMoreChildrenThanAReferralHoldsWithoutCheckingEachAndStoresNothing() throws Exception {
        Map<String, Object> body = ApiCallers.referral();
        body.put("children", java.util.Collections.nCopies(13, ReferralExamples.child()));
        List<Long> before = counts();

        mvc.perform(callers.submit(health, body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("children"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "A referral can have up to 12 children")));
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void refusesARequestBodyOverTheLimitBeforeReadingIt() throws Exception {
        Map<String, Object> body = ApiCallers.referral();
        body.put("children", java.util.Collections.nCopies(100_000, ReferralExamples.child()));

        mvc.perform(callers.submit(health, body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Request too large"));
    }

    @Test
    void refusesKeysAndSectionsThatAreNotOnTheForms() throws Exception {
        Map<String, Object> body = ApiCallers.referral();
        body.put("children", List.of(ReferralExamples.with(ReferralExamples.child(), "nickname", "Pops")));
        body.put("notASection", Map.of());
        mvc.perform(callers.submit(health, body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'children[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '(request)')]").exists());
    }

    @Test
    void refusesAReferrerAgencyOtherThanTheAccountsOwn() throws Exception {
        Map<String, Object> body = ApiCallers.with(ApiCallers.referral(), "aboutYou",
                ReferralExamples.with(ReferralExamples.aboutYou(), "agencyCode", "NORTHSHIRE_POLICE"));
        mvc.perform(callers.submit(health, body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("aboutYou.agencyCode"));
    }

    @Test
    void neverRepeatsSubmittedValuesInErrorsOrLogLines(CapturedOutput output) throws Exception {
        Map<String, Object> body = ApiCallers.referral();
        body.put("children", List.of(ReferralExamples.with(ReferralExamples.with(ReferralExamples.child(),
                "childName", MARKER.repeat(20)), "postcode", MARKER)));
        body.put("circumstances", ReferralExamples.with(ReferralExamples.circumstances(), "criteriaBelieved", List.of(MARKER)));
        String invalid = mvc.perform(callers.submit(health, body)).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        String unknownKey = mvc.perform(callers.submit(health, ApiCallers.with(ApiCallers.referral(), "familyMembers",
                        List.of(Map.of(MARKER, MARKER))))).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        String malformed = mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .header("Idempotency-Key", MARKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"" + MARKER + "\": [" + MARKER + "]}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String badKey = mvc.perform(callers.submit(health, ApiCallers.referral(), MARKER + " with spaces"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(List.of(invalid, unknownKey, malformed, badKey)).allSatisfy(r -> assertThat(r).doesNotContain("Zqx", "Marker", "7731"));
        assertThat(output.getAll()).doesNotContain("Zqx", "Marker", "7731");
    }

    @Test
    void storesMarkupAsTextAndNeverEchoesIt() throws Exception {
        String markup = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
        Map<String, Object> body = ApiCallers.with(ApiCallers.referral(), "circumstances",
                ReferralExamples.with(ReferralExamples.circumstances(), "narrative", markup));
        String created = mvc.perform(callers.submit(health, body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = json.readTree(created);
        String reference = answer.get("reference").asText();
        String stored = jdbc.sql("select narrative from referral where case_reference = ?").param(reference).query(String.class).single();
        assertThat(stored).isEqualTo(markup);
        String status = mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(List.of(created, status)).allSatisfy(r -> assertThat(r).doesNotContain("<script", "<img", "alert"));
    }

    private List<Long> counts() {
        return COUNTED.stream().map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }
}
