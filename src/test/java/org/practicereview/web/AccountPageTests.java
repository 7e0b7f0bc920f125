package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A person's account page, opened from their name in the header: who they are, their agency and roles
 * in words, their task emails with a way to change them, their password and signing out. Task emails
 * are no longer an item of everyone's navigation.
 */
@IntegrationTest
class AccountPageTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired UserDetailsService details;

    @BeforeEach
    void people() {
        ReferralExamples.registerDemoAgencies(agencies);
        if (!users.exists("account.police")) {
            users.create(new NewUser("account.police", "Priya Testofficer", "account.police@police.example.org", Set.of(Role.AGENCY),
                    "NORTHSHIRE_POLICE", "correct horse battery staple"));
            users.create(new NewUser("account.coordinator", "Casey Testcoordinator", "account.coordinator@example.org",
                    Set.of(Role.PRG_COORDINATOR, Role.PRG_MEMBER), null, "correct horse battery staple"));
        }
    }

    @Test
    void theHeaderNamesThePersonAndOpensTheirAccountInsteadOfATaskEmailsMenuItem() throws Exception {
        String tasks = page("/tasks", as("account.coordinator"));
        assertThat(tasks).containsPattern("<a class=\"govuk-header__link\" href=\"/account\"\\s*>Casey Testcoordinator</a>")
                .doesNotContain("Task emails").doesNotContain("href=\"/account/email\"");
        assertThat(page("/account", as("account.coordinator"))).contains("aria-current=\"page\">Casey Testcoordinator</a>");
    }

    @Test
    void theAccountPageShowsWhoTheyAreTheirRolesTheirTaskEmailsAndSignOut() throws Exception {
        String account = page("/account", as("account.police"));
        assertThat(account).contains("<title>Your account", "Priya Testofficer", "account.police@police.example.org",
                "Northshire Police", "<li>Agency</li>", "Your email preferences", "An email for each task update",
                "href=\"/account/email\"", "href=\"/account/password\"", "action=\"/sign-out\"")
                .doesNotContain("AGENCY", "NORTHSHIRE_POLICE");
        assertThat(page("/account", as("account.coordinator"))).contains("<li>PRG coordinator</li>", "<li>PRG member</li>")
                .doesNotContain("PRG_COORDINATOR", "Agency</dt>");
    }

    @Test
    void choosingADailyDigestReturnsToTheAccountPageWhichSaysSo() throws Exception {
        assertThat(page("/account/email", as("account.coordinator"))).contains("How do you want to hear about your tasks?",
                "href=\"/account\"");
        mvc.perform(post("/account/email").with(as("account.coordinator")).with(csrf()).param("taskEmails", "digest"))
                .andExpect(redirectedUrl("/account"));
        assertThat(page("/account", as("account.coordinator")))
                .contains("One email each working day, listing your task updates").doesNotContain("An email for each task update");

        String refused = mvc.perform(post("/account/email").with(as("account.coordinator")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<title>Error: Task emails", "There is a problem", "Select how you want to hear about your tasks");
        assertThat(page("/account", as("account.coordinator"))).as("a refused answer changes nothing")
                .contains("One email each working day, listing your task updates");
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
