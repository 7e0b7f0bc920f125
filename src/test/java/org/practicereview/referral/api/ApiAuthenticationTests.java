package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ApiAuthenticationTests extends ApiTestSupport {

    @Autowired Users users;
    @Autowired HistoryService history;

    @Test
    void acceptsHttpBasicForASystemAccount() throws Exception {
        mvc.perform(post("/api/referrals").with(httpBasic(health.username(), ApiCallers.PASSWORD))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(callers.json(ApiCallers.referral())))
                .andExpect(status().isCreated());
    }

    @Test
    void refusesHttpBasicForAPersonsAccountEvenWithTheRightPassword() throws Exception {
        String person = "person-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(person, "Sam Referrer", null, java.util.Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH", ApiCallers.PASSWORD));
        // Its own address: a refusal counts towards the address's sign-in limit.
        mvc.perform(get("/api/referrals/PR-1999-0001").with(httpBasic(person, ApiCallers.PASSWORD))
                        .with(r -> { r.setRemoteAddr("10.9.2.1"); return r; }))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void answersAMissingTokenWithA401ProblemAndBothChallenges() throws Exception {
        mvc.perform(post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(startsWith("Bearer realm="))))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(startsWith("Basic realm="))))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void answersAnInvalidTokenWithA401Problem() throws Exception {
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, health.bearer() + "x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItem(containsString("invalid_token"))))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, "Bearer pr_AAAAAAAAAAAAAAAA_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void answersARevokedTokenWithA401Problem() throws Exception {
        var issued = tokens.issue(health.username(), "to revoke");
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isNotFound());
        tokens.revoke(issued.id());
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void answersATokenOfADisabledAccountWithA401Problem() throws Exception {
        ApiCallers.Caller caller = callers.healthSystem();
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, caller.bearer()))
                .andExpect(status().isNotFound());
        jdbc.sql("update app_user set enabled = false where username = ?").param(caller.username()).update();
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, caller.bearer()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void signsInATokensAccountWithItsRolesAndAgency() {
        ApiCallers.Caller caller = callers.healthSystem();
        SignedInUser user = tokens.signIn(caller.token()).orElseThrow();
        assertThat(user.getUsername()).isEqualTo(caller.username());
        assertThat(user.account().roles()).containsExactly(Role.AGENCY);
        assertThat(user.account().agencyCode()).isEqualTo(users.find(caller.username()).orElseThrow().agencyCode()).isNotBlank();
        String token = caller.token();
        char last = token.charAt(token.length() - 1);
        assertThat(tokens.signIn(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).as("wrong secret").isEmpty();
    }

    @Test
    void recordsATokensLastUseToTheMinuteWithoutWritingOnEveryCall() {
        ApiCallers.Caller caller = callers.healthSystem();
        String id = caller.token().substring(3, 19);
        try {
            assertThat(tokens.signIn(caller.token()).map(SignedInUser::getUsername)).contains(caller.username());
            java.sql.Timestamp first = lastUsed(id);
            assertThat(first).isNotNull();

            ClockUtil.setCurrentTime(java.util.Date.from(first.toInstant().plusSeconds(30)));
            assertThat(tokens.signIn(caller.token()).map(SignedInUser::getUsername)).contains(caller.username());
            assertThat(lastUsed(id)).as("within the minute the row is not written again").isEqualTo(first);

            ClockUtil.setCurrentTime(java.util.Date.from(first.toInstant().plusSeconds(61)));
            assertThat(tokens.signIn(caller.token()).map(SignedInUser::getUsername)).contains(caller.username());
            assertThat(lastUsed(id).toInstant()).isEqualTo(first.toInstant().plusSeconds(61));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void looksUpManyCallersAtOnceWithoutExhaustingTheConnectionPool() throws Exception {
        // Three times the pool's connections, each resolving the caller as the token filter does: a lookup
        // that holds one pooled connection while asking for another stalls here until the pool times out.
        ApiCallers.Caller caller = callers.healthSystem();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> lookups = new java.util.ArrayList<>();
            for (int i = 0; i < 600; i++) {
                lookups.add(threads.submit(() -> tokens.signIn(caller.token()).isPresent()));
            }
            for (java.util.concurrent.Future<Boolean> lookup : lookups) {
                assertThat(lookup.get(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private java.sql.Timestamp lastUsed(String tokenId) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(tokenId).query(java.sql.Timestamp.class).single();
    }

    @Test
    void storesTokensOnlyAsHashes() {
        var issued = tokens.issue(health.username(), "hash check");
        String stored = jdbc.sql("select secret_hash from api_token where id = ?").param(issued.id()).query(String.class).single();
        assertThat(issued.token()).doesNotContain(stored);
        assertThat(stored).hasSize(64).doesNotContain(issued.token().substring(20));
    }

    @Test
    void answersAnAccountWithoutTheAgencyRoleWithA403Problem() throws Exception {
        jdbc.sql("delete from app_user_role where username = ?").param(health.username()).update();
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void doesNotAuthenticateApiCallsWithABrowserSession() throws Exception {
        String person = "person-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(person, "Sam Referrer", null, java.util.Set.of(Role.AGENCY), "NORTHSHIRE_HEALTH", ApiCallers.PASSWORD));
        MvcResult signedIn = mvc.perform(post("/sign-in").with(csrf()).param("username", person).param("password", ApiCallers.PASSWORD))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/home"))).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get("/api/referrals/PR-1999-0001").session(session))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesASystemAccountOnTheSignInPage() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).with(r -> { r.setRemoteAddr("10.9.3.1"); return r; })
                        .param("username", health.username()).param("password", ApiCallers.PASSWORD))
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/sign-in?error")));
    }

    @Test
    void throttlesHttpBasicAfterRepeatedFailuresWithAWaitNotALockout() throws Exception {
        for (int i = 0; i < 8; i++) {
            String address = "10.9.0." + (i + 1); // a different address each time: the account limit applies
            mvc.perform(get("/api/referrals/PR-1999-0001").with(httpBasic(health.username(), "wrong password " + i))
                            .with(r -> { r.setRemoteAddr(address); return r; }))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/referrals/PR-1999-0001").with(httpBasic(health.username(), ApiCallers.PASSWORD))
                        .with(r -> { r.setRemoteAddr("10.9.1.1"); return r; }))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?")))
                .andExpect(jsonPath("$.detail").value(containsString("Too many failed attempts")));
        mvc.perform(get("/api/referrals/PR-1999-0001").header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isNotFound());
    }

}
