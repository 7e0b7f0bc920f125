package org.practicereview.administration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.SystemAccounts;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administration API: an administrator's token does what the pages do; every other caller is refused. */
@IntegrationTest
class AdministrationApiTests {

    @Autowired MockMvc mvc;
    @Autowired SystemAccounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    String adminToken;
    String agencyToken;

    @BeforeEach
    void setUp() {
        ReferralExamples.registerDemoAgencies(agencies);
        if (!users.exists("api.admin-script")) {
            accounts.createForAdministration("api.admin-script", "Board's provisioning script");
            accounts.create("api.agency-system", "Health case system", "NORTHSHIRE_HEALTH", null);
        }
        adminToken = "Bearer " + tokens.issue("api.admin-script", "script").token();
        agencyToken = "Bearer " + tokens.issue("api.agency-system", "system").token();
    }

    @Test
    void addsAnAgencyAndAUserForItAndRefusesDuplicatesWithProblemDetails() throws Exception {
        mvc.perform(post("/api/admin/agencies").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"api_ncyp\",\"name\":\"Young People's Service\",\"sector\":\"VOLUNTARY\","
                                + "\"mailbox\":\"safeguarding@ncyp.example.org\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.code").value("API_NCYP"));
        long agenciesBefore = count("agency");
        mvc.perform(post("/api/admin/agencies").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"API_NCYP\",\"name\":\"Again\",\"sector\":\"VOLUNTARY\",\"mailbox\":\"a@example.org\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("The code API_NCYP belongs to Young People's Service. Choose another code"));
        assertThat(count("agency")).isEqualTo(agenciesBefore);

        mvc.perform(post("/api/admin/people").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"api.youth-worker\",\"displayName\":\"Test Youth Worker\",\"email\":\"yw@example.org\","
                                + "\"roles\":[\"AGENCY\"],\"agencyCode\":\"API_NCYP\",\"signIn\":\"link\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signInLink").value(org.hamcrest.Matchers.startsWith("https://reviews.northshire.example/sign-in/link/")));
        long usersBefore = count("app_user");
        mvc.perform(post("/api/admin/people").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"api.nobody\",\"displayName\":\"Nobody\",\"email\":\"n@example.org\","
                                + "\"roles\":[\"AGENCY\"],\"signIn\":\"temporary-password\",\"temporaryPassword\":\"password1234\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("agencyCode", "temporaryPassword")));
        assertThat(count("app_user")).isEqualTo(usersBefore);
        mvc.perform(get("/api/admin/people/api.youth-worker").header("Authorization", adminToken))
                .andExpect(jsonPath("$.agencyCode").value("API_NCYP")).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void changesTheSettingsAndRefusesBadOnes() throws Exception {
        mvc.perform(get("/api/admin/settings").header("Authorization", adminToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.agencySummaryWorkingDays").value(10))
                .andExpect(jsonPath("$.quorum.members").value(3)).andExpect(jsonPath("$.quorum.agencies").value(2));
        mvc.perform(put("/api/admin/settings").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"boardName\":\"Northshire\",\"nationalPanelAddress\":\"panel@example.org\",\"ofstedAddress\":\"o@example.org\","
                                + "\"businessUnitAddress\":\"u@example.org\",\"region\":\"ENGLAND_AND_WALES\",\"agencySummaryWorkingDays\":10,"
                                + "\"decisionPeriodMonths\":1,\"noticePeriodWorkingDays\":5,\"quorum\":{\"members\":1,\"agencies\":2}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("meetingQuorumMembers")));
        mvc.perform(put("/api/admin/settings").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"boardName\":\"Northshire\",\"nationalPanelAddress\":\"panel@example.org\",\"ofstedAddress\":\"o@example.org\","
                                + "\"businessUnitAddress\":\"u@example.org\",\"region\":\"SCOTLAND\",\"agencySummaryWorkingDays\":99,"
                                + "\"decisionPeriodMonths\":1,\"noticePeriodWorkingDays\":5}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("agencySummaryWorkingDays"));
        mvc.perform(get("/api/admin/people/no.such.person").header("Authorization", adminToken))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void setsTheLawNewCasesFollowAndRefusesTheNewArrangementsWithoutTheirDate() throws Exception {
        String body = "{\"boardName\":\"Northshire\",\"nationalPanelAddress\":\"panel@example.org\",\"ofstedAddress\":\"o@example.org\","
                + "\"businessUnitAddress\":\"u@example.org\",\"region\":\"ENGLAND_AND_WALES\",\"agencySummaryWorkingDays\":10,"
                + "\"decisionPeriodMonths\":1,\"noticePeriodWorkingDays\":5,\"caseRegime\":{\"newCases\":\"CSPR_2018\"%s}}";
        mvc.perform(get("/api/admin/settings").header("Authorization", adminToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseRegime.newCases").value("SCR_2006"));
        mvc.perform(put("/api/admin/settings").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("newArrangementsFrom")));
        mvc.perform(put("/api/admin/settings").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(",\"newArrangementsFrom\":\"2019-09-29\"")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/admin/settings").header("Authorization", adminToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseRegime.newCases").value("CSPR_2018"))
                .andExpect(jsonPath("$.caseRegime.newArrangementsFrom").value("2019-09-29"));
    }

    @Test
    void addsASystemAccountIssuesATokenShownOnceListsItsLastUseAndRevokesIt() throws Exception {
        mvc.perform(post("/api/admin/system-accounts").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"api.police-system\",\"displayName\":\"Police case system\","
                                + "\"purpose\":\"agency\",\"agencyCode\":\"NORTHSHIRE_POLICE\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.agencyCode").value("NORTHSHIRE_POLICE"));
        long before = count("app_user");
        mvc.perform(post("/api/admin/system-accounts").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"api.police-system\",\"displayName\":\"\",\"purpose\":\"agency\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("username", "displayName", "agencyCode")));
        assertThat(count("app_user")).isEqualTo(before);
        mvc.perform(get("/api/admin/system-accounts").header("Authorization", adminToken))
                .andExpect(jsonPath("$[?(@.username == 'api.police-system')].displayName").value("Police case system"));

        String issued = mvc.perform(post("/api/admin/system-accounts/api.police-system/tokens").header("Authorization", adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Case system, live\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(issued, "$.id");
        String secret = com.jayway.jsonpath.JsonPath.read(issued, "$.token");
        mvc.perform(get("/api/referrals/PR-2000-9999").header("Authorization", "Bearer " + secret))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isNotIn(401, 403));

        String listed = mvc.perform(get("/api/admin/system-accounts/api.police-system/tokens").header("Authorization", adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Case system, live"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].active").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(secret).doesNotContain("\"token\"");
        mvc.perform(post("/api/admin/system-accounts/api.police-system/tokens").header("Authorization", adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("name"));

        mvc.perform(post("/api/admin/system-accounts/api.police-system/tokens/" + id + "/revoke").header("Authorization", adminToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/referrals/PR-2000-9999").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/system-accounts/api.agency-system/tokens/" + id + "/revoke").header("Authorization", adminToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/admin/system-accounts/api.youth-nobody/tokens").header("Authorization", adminToken))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("Not found"));
        assertThat(trail()).contains("SYSTEM_ACCOUNT_ADDED by api.admin-script: account api.police-system, agency NORTHSHIRE_POLICE",
                "API_TOKEN_ISSUED by api.admin-script: account api.police-system, token " + id,
                "API_TOKEN_REVOKED by api.admin-script: account api.police-system, token " + id);
        assertThat(String.join("\n", trail())).doesNotContain(secret);
    }

    @Test
    void issuesANewOneTimeSignInLinkInTheAnswerOnly() throws Exception {
        mvc.perform(post("/api/admin/people").header("Authorization", adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"api.forgetful\",\"displayName\":\"Test Forgetful Member\",\"email\":\"f@example.org\","
                                + "\"roles\":[\"PRG_MEMBER\"],\"signIn\":\"temporary-password\",\"temporaryPassword\":\"violet kettle harbour lamp\"}"))
                .andExpect(status().isCreated());
        String answer = mvc.perform(post("/api/admin/people/api.forgetful/sign-in").header("Authorization", adminToken))
                .andExpect(status().isCreated()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.signInLink").value(org.hamcrest.Matchers.startsWith("https://reviews.northshire.example/sign-in/link/")))
                .andExpect(jsonPath("$.signInLinkExpires").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String link = com.jayway.jsonpath.JsonPath.read(answer, "$.signInLink");
        assertThat(trail()).contains("SIGN_IN_RESET by api.admin-script: account api.forgetful, one-time sign-in link");
        assertThat(String.join("\n", trail())).doesNotContain(link.substring(link.lastIndexOf('/') + 1));
        mvc.perform(post("/api/admin/people/api.agency-system/sign-in").header("Authorization", adminToken))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value("An agency system account signs in with API tokens, not a password"));
        mvc.perform(post("/api/admin/people/no.such.person/sign-in").header("Authorization", adminToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAnAgencySystemAndNoTokenAndKeepsTheAdministratorOutOfTheReferralApi() throws Exception {
        mvc.perform(get("/api/admin/people").header("Authorization", agencyToken)).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/agencies").header("Authorization", agencyToken).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/settings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/referrals").header("Authorization", adminToken)).andExpect(status().isForbidden());
        for (String path : List.of("/api/admin/system-accounts", "/api/admin/system-accounts/api.agency-system/tokens")) {
            mvc.perform(get(path).header("Authorization", agencyToken)).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        for (String path : List.of("/api/admin/system-accounts", "/api/admin/system-accounts/api.agency-system/tokens",
                "/api/admin/system-accounts/api.agency-system/tokens/any/revoke", "/api/admin/people/api.admin-script/sign-in")) {
            mvc.perform(post(path).header("Authorization", agencyToken).contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(String.join("\n", trail())).doesNotContain("by api.agency-system");
    }

    private List<String> trail() {
        return jdbc.sql("select action || ' by ' || actor || ': ' || coalesce(details, '') from trail_event order by seq")
                .query(String.class).list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
