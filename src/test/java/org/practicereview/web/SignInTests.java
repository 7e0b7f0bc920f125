package org.practicereview.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;

    @BeforeEach
    void user() {
        if (!users.exists("signin.chair")) {
            users.create(new NewUser("signin.chair", "Test Chair", "chair@example.org", Set.of(Role.CHAIR), null, "correct horse battery"));
        }
    }

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheTasks() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "signin.chair").param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void refusesAWrongPasswordWithAnErrorSummary() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "signin.chair").param("password", "wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(containsString("<title>Error: Sign in")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a correct username and password")));
    }

    @Test
    void refusesASignInWithoutCsrfTokenAndKeepsNothingOfIt() throws Exception {
        // A sign-in page left open past the session's end: not signed in, asked to sign in again, the password not kept.
        var refused = mvc.perform(post("/sign-in").param("username", "signin.chair").param("password", "correct horse battery"))
                .andExpect(redirectedUrl("/sign-in?session-ended"))
                .andExpect(org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated())
                .andReturn();
        org.assertj.core.api.Assertions.assertThat(
                org.practicereview.shared.web.KeptInput.waitingAt(refused.getRequest().getSession(false))).isEmpty();
        mvc.perform(post("/sign-in").param("username", "signin.chair").param("password", "correct horse battery")
                        .header("Origin", "https://elsewhere.example.org"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void theLayoutNamesTheBoardAndCarriesNoCrownOrGovUkLogotype() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northshire Safeguarding Children Board")))
                .andExpect(content().string(not(containsString("govuk-logo"))))
                .andExpect(content().string(not(containsString("GOV.UK"))));
    }

    @Test
    void privatePagesSendAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/sign-in")));
    }

    @Test
    void anUnknownPageShowsAPlainNotFoundPage() throws Exception {
        mvc.perform(get("/no-such-page").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x").roles("CHAIR")))
                .andExpect(status().isNotFound());
    }
}
