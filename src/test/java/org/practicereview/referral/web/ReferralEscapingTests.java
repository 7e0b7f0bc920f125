package org.practicereview.referral.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Markup typed into any text field of the journey is shown as text, never run. */
@IntegrationTest
@AutoConfigureMockMvc
class ReferralEscapingTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMAGE_ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;

    private static Map<String, Object> typed(Map<String, Object> values, String... keys) {
        Map<String, Object> out = values;
        for (int i = 0; i < keys.length; i++) {
            out = ReferralExamples.with(out, keys[i], (i % 2 == 0 ? SCRIPT : IMAGE) + " " + keys[i]);
        }
        return out;
    }

    private static ResultMatcher[] neverRaw() {
        return new ResultMatcher[] {
                content().string(not(containsString("<script>alert"))),
                content().string(not(containsString("<img src=x"))),
                content().string(not(containsString("\"><img")))};
    }

    private static ResultMatcher[] escaped() {
        return new ResultMatcher[] {
                content().string(not(containsString("<script>alert"))),
                content().string(not(containsString("<img src=x"))),
                content().string(not(containsString("\"><img"))),
                content().string(containsString(SCRIPT_ESCAPED)),
                content().string(containsString(IMAGE_ESCAPED))};
    }

    @Test
    void markupTypedIntoEveryTextFieldIsEscapedOnCheckAnswersAndOnThePages() throws Exception {
        Referrers referrers = new Referrers(users, details, agencies);
        RequestPostProcessor sam = referrers.as(referrers.agencyUser());
        String base = mvc.perform(post("/referrals/new").with(sam).with(csrf())).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(answers(base + "/about-you", typed(ReferralExamples.aboutYou(), "referrerName", "role", "phone", "email")).with(sam))
                .andExpect(status().isOk()).andExpectAll(escaped());
        mvc.perform(answers(base + "/children/new", typed(ReferralExamples.child(),
                "childName", "address", "postcode", "ethnicity", "whereabouts", "carer")).with(sam)).andExpectAll(escaped());
        mvc.perform(answers(base + "/family-members/new", typed(ReferralExamples.familyMember(), "fullName", "relationship", "address")).with(sam));
        mvc.perform(answers(base + "/agencies/new", typed(ReferralExamples.agency("NORTHSHIRE_POLICE"), "contactRole", "agencyCode")).with(sam));
        mvc.perform(answers(base + "/circumstances", typed(ReferralExamples.circumstances(), "narrative", "interAgencyConcerns", "keyDates")).with(sam));

        mvc.perform(get(base + "/check-answers").with(sam)).andExpect(status().isOk())
                .andExpectAll(escaped())
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " referrerName")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " role")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " phone")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " email")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " childName")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " address")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " postcode")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " ethnicity")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " whereabouts")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " carer")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " fullName")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " relationship")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " contactRole")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " agencyCode")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " narrative")))
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " interAgencyConcerns")))
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " keyDates")));
        // the lists name each item: the child's name carries the script, the family member's relationship the image
        mvc.perform(get(base + "/children").with(sam)).andExpectAll(neverRaw())
                .andExpect(content().string(containsString(SCRIPT_ESCAPED + " childName")));
        mvc.perform(get(base + "/family-members").with(sam)).andExpectAll(neverRaw())
                .andExpect(content().string(containsString(IMAGE_ESCAPED + " relationship")));
    }
}
