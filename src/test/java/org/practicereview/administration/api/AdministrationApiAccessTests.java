package org.practicereview.administration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administration API's access matrix: every call refused to an agency's system, to anyone
 * without a token and to a signed-in person of every role but ADMIN, and answered through an
 * administrators' system account; and bad people refused with problem details and nothing stored,
 * as the pages refuse them.
 */
@IntegrationTest
class AdministrationApiAccessTests {

    static final String PASSWORD = "tangerine lighthouse quietly";

    /** Every operation of AdministrationApiController, each with a body that would pass were the caller allowed. */
    static final List<Call> CALLS = List.of(
            new Call(HttpMethod.GET, "/api/admin/people", null),
            new Call(HttpMethod.GET, "/api/admin/people/matrix.admin-script", null),
            new Call(HttpMethod.POST, "/api/admin/people", "{\"username\":\"matrix.newcomer\",\"displayName\":\"Test Newcomer\","
                    + "\"email\":\"n@example.org\",\"roles\":[\"PRG_MEMBER\"],\"signIn\":\"link\"}"),
            new Call(HttpMethod.PUT, "/api/admin/people/matrix.agency-system", "{\"displayName\":\"Renamed\",\"email\":\"r@example.org\","
                    + "\"roles\":[\"AGENCY\"],\"agencyCode\":\"NORTHSHIRE_HEALTH\"}"),
            new Call(HttpMethod.POST, "/api/admin/people/matrix.agency-system/deactivate", null),
            new Call(HttpMethod.POST, "/api/admin/people/matrix.agency-system/reactivate", null),
            new Call(HttpMethod.POST, "/api/admin/people/matrix.agency-system/unlock", null),
            new Call(HttpMethod.POST, "/api/admin/people/matrix.agency-system/sign-in", null),
            new Call(HttpMethod.GET, "/api/admin/system-accounts", null),
            new Call(HttpMethod.POST, "/api/admin/system-accounts", "{\"username\":\"matrix.new-system\",\"displayName\":\"New system\","
                    + "\"purpose\":\"administration\"}"),
            new Call(HttpMethod.GET, "/api/admin/system-accounts/matrix.agency-system/tokens", null),
            new Call(HttpMethod.POST, "/api/admin/system-accounts/matrix.agency-system/tokens", "{\"name\":\"another\"}"),
            new Call(HttpMethod.POST, "/api/admin/system-accounts/matrix.agency-system/tokens/any/revoke", null),
            new Call(HttpMethod.GET, "/api/admin/agencies", null),
            new Call(HttpMethod.POST, "/api/admin/agencies", "{\"code\":\"MATRIX\",\"name\":\"Matrix Agency\",\"sector\":\"OTHER\","
                    + "\"mailbox\":\"m@example.org\"}"),
            new Call(HttpMethod.GET, "/api/admin/agencies/NORTHSHIRE_HEALTH", null),
            new Call(HttpMethod.PUT, "/api/admin/agencies/NORTHSHIRE_HEALTH", "{\"code\":\"NORTHSHIRE_HEALTH\",\"name\":\"Renamed\","
                    + "\"sector\":\"HEALTH\",\"mailbox\":\"m@example.org\"}"),
            new Call(HttpMethod.POST, "/api/admin/agencies/NORTHSHIRE_HEALTH/retire", null),
            new Call(HttpMethod.POST, "/api/admin/agencies/NORTHSHIRE_HEALTH/reinstate", null),
            new Call(HttpMethod.GET, "/api/admin/settings", null),
            new Call(HttpMethod.PUT, "/api/admin/settings", "{\"boardName\":\"Renamed Board\",\"region\":\"ENGLAND_AND_WALES\","
                    + "\"agencySummaryWorkingDays\":10,\"decisionPeriodMonths\":1,\"noticePeriodWorkingDays\":5}"));

    record Call(HttpMethod method, String path, String body) {

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder r = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
            return body == null ? r : r.contentType(MediaType.APPLICATION_JSON).content(body);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired SystemAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    String adminToken;
    String agencyToken;

    @BeforeEach
    void setUp() {
        ReferralExamples.registerDemoAgencies(agencies);
        if (!users.exists("matrix.admin-script")) {
            accounts.createForAdministration("matrix.admin-script", "Board's provisioning script");
            accounts.create("matrix.agency-system", "Health case system", "NORTHSHIRE_HEALTH", null);
            for (Role role : Role.values()) {
                users.create(new NewUser(person(role), "Test " + role.label(), person(role) + "@example.org", Set.of(role),
                        role == Role.AGENCY ? "NORTHSHIRE_HEALTH" : null, PASSWORD));
            }
        }
        adminToken = "Bearer " + tokens.issue("matrix.admin-script", "script").token();
        agencyToken = "Bearer " + tokens.issue("matrix.agency-system", "system").token();
    }

    @Test
    void everyCallIsRefusedToAnAgencySystemToNoTokenAndToEverySignedInPerson() throws Exception {
        long changesBefore = administrationChanges();
        for (Call call : CALLS) {
            assertThat(statusOf(call.request().header("Authorization", agencyToken))).as("agency system: %s", call).isEqualTo(403);
            assertThat(statusOf(call.request())).as("no token: %s", call).isEqualTo(401);
            for (Role role : Role.values()) {
                if (role == Role.ADMIN) {
                    continue; // an administrator's session is theirs: the API itself takes tokens and Basic, stateless
                }
                SignedInUser user = (SignedInUser) details.loadUserByUsername(person(role));
                int status = statusOf(call.request().with(authentication(
                        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))));
                assertThat(status).as("%s signed in: %s", role, call).isIn(401, 403);
            }
        }
        assertThat(administrationChanges()).as("nothing changed, nothing in the trail").isEqualTo(changesBefore);
        assertThat(users.exists("matrix.newcomer")).isFalse();
        assertThat(agencies.details("MATRIX")).isEmpty();
        assertThat(users.find("matrix.agency-system").orElseThrow().enabled()).isTrue();

        mvc.perform(request(HttpMethod.GET, "/api/admin/people/matrix.admin-script").header("Authorization", adminToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("matrix.admin-script"));
    }

    @Test
    void refusesADuplicateUsernameAnUnknownRoleAndACommonPasswordStoringNothing() throws Exception {
        long people = count("app_user");
        expectProblem("{\"username\":\"matrix.agency-system\",\"displayName\":\"Again\",\"email\":\"a@example.org\","
                + "\"roles\":[\"PRG_MEMBER\"],\"signIn\":\"link\"}", "username", "Someone already has the username matrix.agency-system");
        expectProblem("{\"username\":\"matrix.overlord\",\"displayName\":\"Someone\",\"email\":\"s@example.org\","
                + "\"roles\":[\"OVERLORD\"],\"signIn\":\"link\"}", "roles", "Select roles from the list");
        expectProblem("{\"username\":\"matrix.common\",\"displayName\":\"Someone\",\"email\":\"s@example.org\","
                + "\"roles\":[\"CHAIR\"],\"signIn\":\"temporary-password\",\"temporaryPassword\":\"qwertyuiop12\"}",
                "temporaryPassword", "one of the most common passwords");
        assertThat(count("app_user")).isEqualTo(people);
        assertThat(users.exists("matrix.overlord")).isFalse();
        assertThat(users.exists("matrix.common")).isFalse();
    }

    private void expectProblem(String body, String field, String message) throws Exception {
        mvc.perform(request(HttpMethod.POST, "/api/admin/people").header("Authorization", adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(message))));
    }

    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String person(Role role) {
        return "matrix." + role.name().toLowerCase().replace('_', '-');
    }

    private long administrationChanges() {
        return count("trail_event") + count("agency") + count("board_settings") + count("api_token");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
