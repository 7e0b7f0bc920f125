package org.practicereview.referral.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each kind of field refused on its question page: error summary, inline message, "Error: " title, and what was typed kept. */
@IntegrationTest
@AutoConfigureMockMvc
class ReferralValidationTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;

    RequestPostProcessor sam;
    String base;

    @BeforeEach
    void draft() throws Exception {
        Referrers referrers = new Referrers(users, details, agencies);
        sam = referrers.as(referrers.agencyUser());
        base = mvc.perform(post("/referrals/new").with(sam).with(csrf())).andReturn().getResponse().getRedirectedUrl();
    }

    private ResultActions refused(ResultActions page, String title, String field, String message) throws Exception {
        return page.andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: " + title)))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("<a href=\"#" + field + "\">" + message + "</a>")))
                .andExpect(content().string(containsString("govuk-form-group--error")))
                .andExpect(content().string(matchesPattern("(?s).*<p id=\"" + field + "-error\" class=\"govuk-error-message\">\\s*"
                        + "<span class=\"govuk-visually-hidden\">Error:</span> " + java.util.regex.Pattern.quote(message) + "\\s*</p>.*")))
                .andExpect(content().string(containsString(field + "-error\"")));
    }

    @Test
    void refusesAPhoneNumberThatIsNotAUkNumberAndKeepsWhatWasTyped() throws Exception {
        refused(mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "phone", "call me")).with(sam)),
                "About you", "phone", "Enter a UK phone number, like 01632 960 001 or 07700 900 982")
                .andExpect(content().string(containsString("value=\"call me\"")))
                .andExpect(content().string(containsString("aria-describedby=\"phone-hint phone-error\"")))
                .andExpect(content().string(containsString("value=\"Named nurse for safeguarding\"")));
    }

    @Test
    void refusesADateOfBirthThatIsNotARealDateAndKeepsTheBoxes() throws Exception {
        Map<String, Object> child = ReferralExamples.with(ReferralExamples.child(), "dateOfBirth", null);
        refused(mvc.perform(answers(base + "/children/new", child)
                        .param("dateOfBirth-day", "31").param("dateOfBirth-month", "2").param("dateOfBirth-year", "2020").with(sam)),
                "About the child", "dateOfBirth", "Date of birth must be a real date")
                .andExpect(content().string(containsString("name=\"dateOfBirth-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")))
                .andExpect(content().string(containsString("name=\"dateOfBirth-year\" type=\"text\" inputmode=\"numeric\" value=\"2020\"")))
                .andExpect(content().string(containsString("value=\"" + ReferralExamples.CHILD_NAME + "\"")));
    }

    @Test
    void refusesAnUnansweredRadioQuestionAndKeepsTheOtherAnswers() throws Exception {
        refused(mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "dslConsulted", null)).with(sam)),
                "About you", "dslConsulted", "Select yes if you have discussed this referral with your designated safeguarding lead")
                .andExpect(content().string(containsString("value=\"sam.referrer@health.example.org\"")));
    }

    @Test
    void refusesAnAgencyNotChosenFromTheSelectAndKeepsTheOtherAnswers() throws Exception {
        refused(mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "agencyCode", "")).with(sam)),
                "About you", "agencyCode", "Select your agency")
                .andExpect(content().string(containsString("<option value=\"NORTHSHIRE_POLICE\">Northshire Police</option>")))
                .andExpect(content().string(containsString("value=\"01632 960 001\"")));
    }

    @Test
    void refusesNoneOfTheseTickedWithAnotherCheckboxAndKeepsTheTicks() throws Exception {
        Map<String, Object> circumstances = ReferralExamples.with(ReferralExamples.circumstances(), "criteriaBelieved",
                List.of("ABUSE_OR_NEGLECT", "NONE"));
        refused(mvc.perform(answers(base + "/circumstances", circumstances).with(sam)),
                "What happened", "criteriaBelieved", "Select &#39;None of these&#39; on its own, or untick it")
                .andExpect(content().string(containsString("type=\"checkbox\" value=\"ABUSE_OR_NEGLECT\" checked=\"checked\"")))
                .andExpect(content().string(containsString("type=\"checkbox\" value=\"NONE\" data-behaviour=\"exclusive\" checked=\"checked\"")))
                .andExpect(content().string(containsString("type=\"checkbox\" value=\"SERIOUS_HARM\">")));
    }

    @Test
    void offersNoneOfTheseAfterAnOrDividerAsTheOptionThatUnticksTheOthers() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base + "/circumstances").with(sam))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*value=\"DIED_IN_CUSTODY\">.*"
                        + "<div class=\"govuk-checkboxes__divider\">or</div>\\s*<div class=\"govuk-checkboxes__item\">\\s*"
                        + "<input class=\"govuk-checkboxes__input\" id=\"criteriaBelieved-7\" name=\"criteriaBelieved\"\\s*"
                        + "type=\"checkbox\" value=\"NONE\" data-behaviour=\"exclusive\">.*")))
                .andExpect(content().string(containsString("for=\"criteriaBelieved-7\">None of these</label>")));
    }

    @Test
    void showsEveryProblemOfAChildPageAtOnceNotTheSectionRulesAfterTheFormsOwn() throws Exception {
        Map<String, Object> child = ReferralExamples.with(ReferralExamples.with(ReferralExamples.child(), "childName", null),
                "dateOfDeath", "2018-01-01");
        refused(mvc.perform(answers(base + "/children/new", child).with(sam)),
                "About the child", "childName", "Enter the child&#39;s full name")
                .andExpect(content().string(containsString(
                        "<a href=\"#dateOfDeath\">Date of death must be the same as or after the date of birth</a>")))
                .andExpect(content().string(containsString("1 Test Street")));
    }

    @Test
    void refusesANewChildLeftBlankWithoutAddingIt() throws Exception {
        refused(mvc.perform(post(base + "/children/new").with(sam).with(csrf())),
                "About the child", "childName", "Enter the child&#39;s full name");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(base + "/children").with(sam))
                .andExpect(content().string(containsString("You have not added any children yet.")));
    }
}
