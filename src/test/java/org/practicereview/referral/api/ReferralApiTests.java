package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ReferralApiTests extends ApiTestSupport {

    @Autowired Users users;
    @Autowired HistoryService history;

    @Test
    void createsTheCaseAndStartsItsProcessWhenATokenSubmitsAReferral() throws Exception {
        MvcResult result = mvc.perform(callers.submit(health, ApiCallers.referral()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/referrals/PR-")))
                .andExpect(jsonPath("$.stage").value("TRIAGE"))
                .andExpect(jsonPath("$.submittedAt").exists())
                .andReturn();
        String reference = json.readTree(result.getResponse().getContentAsString()).get("reference").asText();
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/referrals/" + reference);
        assertThat(count("select count(*) from case_file where reference = ?", reference)).isEqualTo(1);
        assertThat(count("select count(*) from referral_child c join referral r on r.id = c.referral_id where r.case_reference = ?",
                reference)).isEqualTo(2);
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(process).isNotNull();
        assertThat(process.getStartUserId()).as("the engine knows who acted").isEqualTo(health.username());

        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.stage").value("TRIAGE"));
    }

    @Test
    void answersAWrongContentTypeWith415Problem() throws Exception {
        mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .header("Idempotency-Key", "k-415").contentType(MediaType.TEXT_PLAIN).content("aboutYou"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Unsupported media type"));
    }

    @Test
    void answersMalformedJsonWith400Problem() throws Exception {
        mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .header("Idempotency-Key", "k-400").contentType(MediaType.APPLICATION_JSON).content("{\"aboutYou\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Malformed request"));
        mvc.perform(post("/api/referrals").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .header("Idempotency-Key", "k-400b").contentType(MediaType.APPLICATION_JSON).content("{\"children\": \"one\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersAWrongMethodWith405ProblemAndAnUnknownAddressWith404Problem() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/referrals")
                        .header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists(HttpHeaders.ALLOW))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(get("/api/nothing-here").header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void answersAnotherAgencysReferralWith404Problem() throws Exception {
        MvcResult created = mvc.perform(callers.submit(health, ApiCallers.referral())).andExpect(status().isCreated()).andReturn();
        String reference = json.readTree(created.getResponse().getContentAsString()).get("reference").asText();
        ApiCallers.Caller police = callers.systemAccount("NORTHSHIRE_POLICE");
        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, police.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/referrals/not-a-reference").header(HttpHeaders.AUTHORIZATION, police.bearer()))
                .andExpect(status().isNotFound());
        ApiCallers.Caller healthToo = callers.healthSystem();
        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, healthToo.bearer()))
                .andExpect(status().isOk());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
