package org.practicereview.referral.web;

import static org.hamcrest.Matchers.containsString;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A referrer who signs out (or whose session times out) finds the draft and every answer they sent when they sign in again. */
@IntegrationTest
@AutoConfigureMockMvc
class ReferralResumeTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", Referrers.PASSWORD))
                .andExpect(redirectedUrl("/home"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void aDraftAndItsAnswersValidOrNotAreThereAfterSigningInAgain() throws Exception {
        String username = new Referrers(users, details, agencies).agencyUser();
        MockHttpSession first = signIn(username);
        String base = mvc.perform(post("/referrals/new").session(first).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "phone", "call me after 3")).session(first))
                .andExpect(status().isOk());
        Map<String, Object> child = ReferralExamples.with(ReferralExamples.child(), "dateOfIncident", null);
        mvc.perform(answers(base + "/children/new", child).session(first)
                        .param("dateOfIncident-day", "31").param("dateOfIncident-month", "2").param("dateOfIncident-year", "2026"))
                .andExpect(status().isOk());
        mvc.perform(post("/sign-out").session(first).with(csrf())).andExpect(redirectedUrl("/signed-out"));
        mvc.perform(get(base).session(first)).andExpect(status().is3xxRedirection());

        MockHttpSession second = signIn(username);
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(WorkingDays.UK));
        mvc.perform(get("/referrals/new").session(second))
                .andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"" + base + "\">Continue your referral started on " + today + "</a>")));
        mvc.perform(get(base).session(second)).andExpect(status().isOk())
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(containsString("1 added")));
        mvc.perform(get(base + "/about-you").session(second))
                .andExpect(content().string(containsString("value=\"call me after 3\"")))
                .andExpect(content().string(containsString("value=\"Named nurse for safeguarding\"")))
                .andExpect(content().string(containsString("value=\"yes\" checked=\"checked\"")));
        mvc.perform(get(base + "/children").session(second))
                .andExpect(content().string(containsString(ReferralExamples.CHILD_NAME)));
        String childPage = mvc.perform(get(base + "/children").session(second)).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*href=\"(" + base + "/children/[0-9a-f-]{36})\".*", "$1");
        mvc.perform(get(childPage).session(second))
                .andExpect(content().string(containsString("name=\"dateOfIncident-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")))
                .andExpect(content().string(containsString("name=\"dateOfIncident-month\" type=\"text\" inputmode=\"numeric\" value=\"2\"")))
                .andExpect(content().string(containsString("value=\"" + ReferralExamples.CHILD_NAME + "\"")));
    }
}
