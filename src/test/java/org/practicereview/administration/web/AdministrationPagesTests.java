package org.practicereview.administration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.SignInThrottle;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What an administrator does on the administration pages, and what people and auditors then see. */
@IntegrationTest
class AdministrationPagesTests {

    static final Pattern LINK = Pattern.compile("http://localhost(/sign-in/link/[A-Za-z0-9_-]+)");
    static final Pattern TOKEN = Pattern.compile("pr_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}");
    static final String CHOSEN = "marmalade orbit fencepost";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Notifications notifications;
    @Autowired SignInThrottle throttle;
    Admins admins;
    String adminName;
    RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        admins = new Admins(users, details);
        ReferralExamples.registerDemoAgencies(agencies);
        adminName = admins.create(Role.ADMIN, null);
        admin = admins.signedIn(adminName);
    }

    @Test
    void theAdministratorsHomeShowsFailedNoticesAndABurstOfFailedSignInsWithoutNamingAnyone() throws Exception {
        jdbc.sql("delete from sign_in_failure").update();
        String quiet = page("/admin");
        assertThat(quiet).contains("Administration").doesNotContain("failed sign-ins in the last");

        Notification notice = notifications.queue(null, NotificationKind.NEW_REFERRAL, "unit@example.org", "New referral",
                "A new referral is waiting for triage.", null);
        jdbc.sql("update notification set failed_at = current_timestamp, last_error = 'refused' where id = ?")
                .param(notice.id()).update();
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("home.guess" + i, "198.51.100." + (i % 50));
        }
        long failed = notifications.failedCount();
        String alerted = page("/admin");
        jdbc.sql("delete from sign_in_failure").update();
        jdbc.sql("update notification set failed_at = null where id = ?").param(notice.id()).update();

        assertThat(alerted).contains(failed == 1 ? "1 notice has failed and was not sent" : failed + " notices have failed and were not sent",
                "See the failed notices and send them again", "100 failed sign-ins in the last 5 minutes");
        assertThat(alerted).doesNotContain("home.guess").doesNotContain("198.51.100.").doesNotContain("unit@example.org");
    }

    @Test
    void addsAnAgencyUserWithAOneTimeLinkWhoChoosesAPasswordAndSignsIn() throws Exception {
        String page = addPerson("pages.newcomer", "AGENCY", "NORTHSHIRE_POLICE", "link", null);
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as("the link is shown once on the confirmation").isTrue();
        assertThat(page).contains("Account added", "pages.newcomer");

        mvc.perform(get(link.group(1))).andExpect(status().isOk()).andExpect(content().string(containsString("Choose your password")));
        mvc.perform(post(link.group(1)).with(csrf()).param("password", "password1234").param("confirmation", "password1234"))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("one of the most common passwords")));
        mvc.perform(post(link.group(1)).with(csrf()).param("password", CHOSEN).param("confirmation", CHOSEN))
                .andExpect(content().string(containsString("Your password is set")));
        mvc.perform(get(link.group(1))).andExpect(content().string(containsString("This sign-in link does not work")));

        mvc.perform(post("/sign-in").with(csrf()).param("username", "pages.newcomer").param("password", CHOSEN))
                .andExpect(redirectedUrl("/home"));
        assertThat(users.find("pages.newcomer").orElseThrow().actor().groups()).contains("agency:NORTHSHIRE_POLICE");
        assertThat(trail()).contains("ACCOUNT_ADDED by " + adminName + ": account pages.newcomer, roles: agency, agency NORTHSHIRE_POLICE",
                "SIGN_IN_RESET by " + adminName + ": account pages.newcomer, one-time sign-in link",
                "SIGN_IN_LINK_USED by pages.newcomer: account pages.newcomer");
        assertThat(String.join("\n", trail())).doesNotContain(CHOSEN).doesNotContain(link.group(1).substring(14));
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        addPerson("pages.temporary", "PRG_MEMBER", null, "temporary-password", "harbour violet teaspoon");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/sign-in").with(csrf())
                        .param("username", "pages.temporary").param("password", "harbour violet teaspoon"))
                .andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession();

        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(containsString("You signed in with a temporary password")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("password", CHOSEN).param("confirmation", "other"))
                .andExpect(content().string(containsString("Enter the same password twice")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("password", CHOSEN).param("confirmation", CHOSEN))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        assertThat(users.passwordMatches("pages.temporary", CHOSEN)).isTrue();
        assertThat(trail()).contains("PASSWORD_CHANGED by pages.temporary: account pages.temporary");
    }

    @Test
    void refusesBadPeopleWithAnErrorSummaryAndStoresNothing() throws Exception {
        long before = count("app_user");
        expectRefused(newPerson(adminName, "Someone", "someone@example.org", List.of("PRG_MEMBER"), null),
                "Someone already has the username " + adminName);
        expectRefused(newPerson("pages.unknown", "Someone", "someone@example.org", List.of("OVERLORD"), null),
                "Select roles from the list");
        expectRefused(newPerson("pages.noagency", "Someone", "someone@example.org", List.of("AGENCY"), null),
                "Select the agency they work for");
        expectRefused(newPerson("pages.badagency", "Someone", "someone@example.org", List.of("AGENCY"), "NO_SUCH"),
                "Select an agency from the list");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(newPerson("pages.common", "Someone", "someone@example.org", List.of("CHAIR"), null).session(session))
                .andExpect(redirectedUrl("/admin/people/new/check"));
        mvc.perform(post("/admin/people/new/check").session(session).with(admin).with(csrf())
                        .param("signIn", "temporary-password").param("temporaryPassword", "qwertyuiop12"))
                .andExpect(content().string(containsString("<title>Error: Check the new account")))
                .andExpect(content().string(containsString("one of the most common passwords")));
        assertThat(count("app_user")).isEqualTo(before);
        assertThat(users.exists("pages.common")).isFalse();
    }

    @Test
    void refusesADuplicateAgencyCodeAndAddsANewAgencyOfferedInForms() throws Exception {
        long before = count("agency");
        mvc.perform(post("/admin/agencies/new").with(admin).with(csrf()).param("code", "northshire_police")
                        .param("name", "Another police").param("sector", "POLICE").param("mailbox", "x@example.org"))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The code NORTHSHIRE_POLICE belongs to Northshire Police")));
        assertThat(count("agency")).isEqualTo(before);

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/agencies/new").session(session).with(admin).with(csrf()).param("code", "ncyp")
                        .param("name", "Northshire Young People's Service").param("sector", "VOLUNTARY")
                        .param("mailbox", "safeguarding@ncyp.example.org"))
                .andExpect(redirectedUrl("/admin/agencies/new/check"));
        mvc.perform(get("/admin/agencies/new/check").session(session).with(admin))
                .andExpect(content().string(containsString("NCYP")))
                .andExpect(content().string(containsString("Voluntary sector")));
        mvc.perform(post("/admin/agencies/new/check").session(session).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/agencies/NCYP"));
        assertThat(agencies.details("NCYP").orElseThrow().mailbox()).isEqualTo("safeguarding@ncyp.example.org");
        mvc.perform(get("/admin/people/new").with(admin))
                .andExpect(content().string(containsString("Northshire Young People&#39;s Service (NCYP)")));

        mvc.perform(post("/admin/agencies/NCYP/retire").with(admin).with(csrf())).andExpect(redirectedUrl("/admin/agencies/NCYP"));
        assertThat(agencies.all()).noneMatch(a -> a.code().equals("NCYP"));
        assertThat(agencies.details("NCYP")).isPresent();
        assertThat(trail()).contains("AGENCY_ADDED by " + adminName + ": agency NCYP", "AGENCY_RETIRED by " + adminName + ": agency NCYP");
    }

    @Test
    void keepsAnActiveAdministratorAndRefusesAnAdministratorTheAuditorsRole() throws Exception {
        jdbc.sql("update app_user set enabled = false where username <> ? and username in "
                + "(select username from app_user_role where role = 'ADMIN')").param(adminName).update();

        mvc.perform(post("/admin/people/" + adminName + "/edit").with(admin).with(csrf()).param("displayName", "Test admin")
                        .param("email", adminName + "@example.org").param("roles", "PRG_MEMBER"))
                .andExpect(content().string(containsString("This is the only active administrator")));
        mvc.perform(post("/admin/people/" + adminName + "/edit").with(admin).with(csrf()).param("displayName", "Test admin")
                        .param("email", adminName + "@example.org").param("roles", "ADMIN", "AUDITOR"))
                .andExpect(content().string(containsString("You cannot give yourself the auditor")));
        mvc.perform(post("/admin/people/" + adminName + "/deactivate").with(admin).with(csrf()))
                .andExpect(content().string(containsString("You cannot deactivate your own account")));
        assertThat(users.find(adminName).orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(users.find(adminName).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aDeactivatedPersonCannotSignInAndKeepsTheirName() throws Exception {
        String leaver = admins.create(Role.PRG_MEMBER, null);
        mvc.perform(post("/admin/people/" + leaver + "/deactivate").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + leaver));
        mvc.perform(post("/sign-in").with(csrf()).param("username", leaver).param("password", Admins.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/admin/people/" + leaver).with(admin))
                .andExpect(content().string(containsString("Deactivated")))
                .andExpect(content().string(containsString("Test PRG member")));
        mvc.perform(get("/admin/people").param("q", leaver).with(admin)).andExpect(content().string(containsString(leaver)));
        assertThat(trail()).contains("ACCOUNT_DEACTIVATED by " + adminName + ": account " + leaver);
    }

    @Test
    void issuesATokenOnceListsItsLastUseAndRevokesIt() throws Exception {
        mvc.perform(post("/admin/api-accounts/new").with(admin).with(csrf()).param("username", "pages.system")
                        .param("displayName", "Police case system").param("purpose", "agency").param("agencyCode", "NORTHSHIRE_POLICE"))
                .andExpect(redirectedUrl("/admin/api-accounts/pages.system"));
        String page = mvc.perform(post("/admin/api-accounts/pages.system/tokens").with(admin).with(csrf()).param("name", "live"))
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        mvc.perform(get("/admin/api-accounts/pages.system").with(admin))
                .andExpect(content().string(containsString("Never")))
                .andExpect(content().string(not(containsString(token.group()))));
        String id = token.group().substring(3, 19);
        mvc.perform(post("/admin/api-accounts/pages.system/tokens/" + id + "/revoke").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-accounts/pages.system"));
        mvc.perform(get("/admin/api-accounts/pages.system").with(admin)).andExpect(content().string(containsString("Revoked")));
        assertThat(trail()).contains("API_TOKEN_ISSUED by " + adminName + ": account pages.system, token " + id,
                "API_TOKEN_REVOKED by " + adminName + ": account pages.system, token " + id);
        assertThat(String.join("\n", trail())).doesNotContain(token.group().substring(20));
    }

    @Test
    void anAdministrationSystemAccountsTokenOpensTheAdministrationApiOnly() throws Exception {
        mvc.perform(post("/admin/api-accounts/new").with(admin).with(csrf()).param("username", "pages.script")
                        .param("displayName", "Provisioning script"))
                .andExpect(content().string(containsString("Select what the system account is for")));
        mvc.perform(post("/admin/api-accounts/new").with(admin).with(csrf()).param("username", "pages.script")
                        .param("displayName", "Provisioning script").param("purpose", "administration"))
                .andExpect(redirectedUrl("/admin/api-accounts/pages.script"));
        String page = mvc.perform(post("/admin/api-accounts/pages.script/tokens").with(admin).with(csrf()).param("name", "cron"))
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        mvc.perform(get("/api/admin/settings").header("Authorization", "Bearer " + token.group())).andExpect(status().isOk());
        mvc.perform(post("/sign-in").with(csrf()).param("username", "pages.script").param("password", "anything at all"))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(users.find("pages.script").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void changesTheSettingsAsANewVersionAndRefusesBadValuesStoringNothing() throws Exception {
        mvc.perform(get("/admin/settings").with(admin))
                .andExpect(content().string(containsString("Working Together 2015: the decision is normally made within one month")))
                .andExpect(content().string(containsString("10 working days")))
                .andExpect(content().string(containsString("Triage of a referral within")));
        mvc.perform(get("/admin/settings/edit").with(admin))
                .andExpect(content().string(containsString("Targets for each step")))
                .andExpect(content().string(containsString("name=\"publicationWorkingDays\"")))
                .andExpect(content().string(containsString("name=\"meetingQuorumMembers\"")));
        long before = count("board_settings");
        var bad = settings("Northshire Safeguarding Children Board", "not-an-address", "15", "x", "1");
        bad.set("meetingQuorumMembers", "1");
        bad.set("meetingQuorumAgencies", "0");
        bad.set("surveyMonths", "P6M");
        mvc.perform(post("/admin/settings/edit").with(admin).with(csrf()).params(bad))
                .andExpect(content().string(containsString("Enter a whole number of members from 2 to 50")))
                .andExpect(content().string(containsString("Enter a whole number of agencies from 1 to 20")))
                .andExpect(content().string(containsString("Enter a whole number of months from 1 to 24")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the national panel’s email address in the correct format")))
                .andExpect(content().string(containsString("Enter a whole number of months from 1 to 6")))
                .andExpect(content().string(containsString("Enter a whole number of working days from 2 to 20")));
        assertThat(count("board_settings")).isEqualTo(before);

        mvc.perform(post("/admin/settings/edit").with(admin).with(csrf()).params(settings("Westshire Safeguarding Partnership",
                        "panel@example.org", "15", "1", "4")))
                .andExpect(redirectedUrl("/admin/settings"));
        assertThat(count("board_settings")).isEqualTo(before + 1);
        mvc.perform(get("/admin/settings").with(admin))
                .andExpect(content().string(containsString("15 working days")))
                .andExpect(content().string(containsString("4 working days")))
                .andExpect(content().string(containsString("Members present for a quorate PRG meeting")))
                .andExpect(content().string(containsString("3 members")))
                .andExpect(content().string(containsString("Agencies asked what changed in practice")))
                .andExpect(content().string(containsString("6 months after publication")))
                .andExpect(content().string(containsString("20 working days after asking")))
                .andExpect(content().string(containsString("Westshire Safeguarding Partnership")));
        assertThat(trail()).anyMatch(t -> t.startsWith("BOARD_SETTINGS_CHANGED by " + adminName)
                && t.contains("Board's name") && t.contains("Agencies answer an information request within")
                && t.contains("Triage of a referral within"));
    }

    private String addPerson(String username, String role, String agency, String signIn, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(newPerson(username, "Test Newcomer", username + "@example.org", List.of(role), agency).session(session))
                .andExpect(redirectedUrl("/admin/people/new/check"));
        mvc.perform(get("/admin/people/new/check").session(session).with(admin))
                .andExpect(content().string(containsString(username)));
        var request = post("/admin/people/new/check").session(session).with(admin).with(csrf()).param("signIn", signIn);
        if (password != null) {
            request.param("temporaryPassword", password);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newPerson(
            String username, String name, String email, List<String> roles, String agency) {
        var request = post("/admin/people/new").with(admin).with(csrf()).param("username", username)
                .param("displayName", name).param("email", email).param("roles", roles.toArray(String[]::new));
        return agency == null ? request : request.param("agencyCode", agency);
    }

    private void expectRefused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String message)
            throws Exception {
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a person")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(message)));
    }

    private org.springframework.util.MultiValueMap<String, String> settings(String board, String panel, String agencyDays,
                                                                          String months) throws Exception {
        return settings(board, panel, agencyDays, months, "2");
    }

    private org.springframework.util.MultiValueMap<String, String> settings(String board, String panel, String agencyDays,
                                                                          String months, String triageDays) throws Exception {
        return SettingsForm.asFound(mvc, admin).with("boardName", board).with("nationalPanelAddress", panel)
                .with("agencySummaryWorkingDays", agencyDays).with("decisionPeriodMonths", months)
                .with("triageWorkingDays", triageDays).fields();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> trail() {
        return jdbc.sql("select action || ' by ' || actor || ': ' || coalesce(details, '') from trail_event order by seq")
                .query(String.class).list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
