package org.practicereview.referral.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.referral.ReferralExamples;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** System accounts with a token each, and referrals as an agency system would send them. */
final class ApiCallers {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger NEXT = new AtomicInteger();

    record Caller(String username, String token) {
        String bearer() {
            return "Bearer " + token;
        }
    }

    private final SystemAccounts accounts;
    private final ApiTokens tokens;
    private final ObjectMapper json;

    ApiCallers(SystemAccounts accounts, ApiTokens tokens, Agencies agencies, ObjectMapper json) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.json = json;
        ReferralExamples.registerDemoAgencies(agencies);
    }

    Caller systemAccount(String agencyCode) {
        String username = "case-system-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.create(username, "Fictional case management system", agencyCode, PASSWORD);
        return new Caller(username, tokens.issue(username, "test token").token());
    }

    Caller healthSystem() {
        return systemAccount("NORTHSHIRE_HEALTH");
    }

    /** A valid referral in the API's shape: two children, a family member, two agencies. */
    static Map<String, Object> referral() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aboutYou", ReferralExamples.aboutYou());
        body.put("children", List.of(ReferralExamples.child(), ReferralExamples.child(ReferralExamples.SIBLING_NAME)));
        body.put("familyMembers", List.of(ReferralExamples.familyMember()));
        body.put("agencies", List.of(ReferralExamples.agency("NORTHSHIRE_POLICE"), ReferralExamples.agency("NORTHSHIRE_CSC")));
        body.put("circumstances", ReferralExamples.circumstances());
        body.put("parallelProcesses", ReferralExamples.parallelProcesses());
        body.put("purpose", ReferralExamples.purpose());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String section, Object value) {
        return ReferralExamples.with(body, section, value);
    }

    String json(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POST of a referral with a bearer token and a fresh idempotency key. */
    MockHttpServletRequestBuilder submit(Caller caller, Object body) {
        return submit(caller, body, UUID.randomUUID().toString());
    }

    MockHttpServletRequestBuilder submit(Caller caller, Object body, String key) {
        return post("/api/referrals").header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }
}
