package org.practicereview.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.DraftItem;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.Stage;
import org.practicereview.web.StageTags;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class ReferralJourneyTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired ReferralDrafts drafts;

    Referrers referrers;
    String username;
    RequestPostProcessor sam;

    @BeforeEach
    void referrer() {
        referrers = new Referrers(users, details, agencies);
        username = referrers.agencyUser();
        sam = referrers.as(username);
    }

    private String startDraft() throws Exception {
        String location = mvc.perform(post("/referrals/new").with(sam).with(csrf()))
                .andExpect(redirectedUrlPattern("/referrals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/referrals/".length());
    }

    @Test
    void anAgencyUserMakesAReferralFromStartToConfirmationAndSeesItInMyReferrals() throws Exception {
        mvc.perform(get("/referrals/new").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("RESTRICTED / CONFIDENTIAL WHEN COMPLETED")))
                .andExpect(content().string(containsString("without the family's consent")))
                .andExpect(content().string(containsString("Start now")));
        String id = startDraft();
        String base = "/referrals/" + id;

        mvc.perform(get(base).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-task-list")))
                .andExpect(content().string(containsString("Not yet started")))
                .andExpect(content().string(containsString("govuk-task-list__status--cannot-start-yet")))
                .andExpect(content().string(not(containsString("Continue to check answers"))));

        mvc.perform(answers(base + "/about-you", ReferralExamples.aboutYou()).with(sam)).andExpect(redirectedUrl(base));
        mvc.perform(answers(base + "/children/new", ReferralExamples.child()).with(sam)).andExpect(redirectedUrl(base + "/children"));
        mvc.perform(answers(base + "/children/new", ReferralExamples.child(ReferralExamples.SIBLING_NAME)).with(sam))
                .andExpect(redirectedUrl(base + "/children"));
        mvc.perform(get(base + "/children").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ReferralExamples.CHILD_NAME)))
                .andExpect(content().string(containsString(ReferralExamples.SIBLING_NAME)))
                .andExpect(content().string(containsString("Add another child")));

        List<DraftItem> children = drafts.get(Referrers.actor(username), id).children();
        assertThat(children).hasSize(2);
        String sibling = children.get(1).id();
        mvc.perform(get(base + "/children/" + sibling + "/remove").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to remove " + ReferralExamples.SIBLING_NAME)));
        mvc.perform(post(base + "/children/" + sibling + "/remove").with(sam).with(csrf()))
                .andExpect(redirectedUrl(base + "/children"))
                .andExpect(flash().attribute("success", ReferralExamples.SIBLING_NAME + " removed"));

        mvc.perform(answers(base + "/family-members/new", ReferralExamples.familyMember()).with(sam)).andExpect(redirectedUrl(base + "/family-members"));
        mvc.perform(answers(base + "/agencies/new", ReferralExamples.agency("NORTHSHIRE_POLICE")).with(sam)).andExpect(redirectedUrl(base + "/agencies"));
        mvc.perform(answers(base + "/circumstances", ReferralExamples.circumstances()).with(sam)).andExpect(redirectedUrl(base));
        mvc.perform(answers(base + "/parallel-processes", ReferralExamples.parallelProcesses()).with(sam)).andExpect(redirectedUrl(base));
        mvc.perform(answers(base + "/purpose", ReferralExamples.purpose()).with(sam)).andExpect(redirectedUrl(base));

        mvc.perform(get(base).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You have completed 7 of 7 sections.")))
                .andExpect(content().string(not(containsString("In progress"))))
                .andExpect(content().string(containsString("Continue to check answers")));

        mvc.perform(get(base + "/check-answers").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Check your answers before sending your referral")))
                .andExpect(content().string(not(containsString("There is a problem"))))
                .andExpect(content().string(containsString(ReferralExamples.CHILD_NAME)))
                .andExpect(content().string(not(containsString(ReferralExamples.SIBLING_NAME))))
                .andExpect(content().string(containsString("27 March 2019")))
                .andExpect(content().string(containsString("Northshire Police")))
                .andExpect(content().string(containsString("To ask the board to consider a serious case review")))
                .andExpect(content().string(containsString(base + "/about-you?return=check-answers#phone")))
                .andExpect(content().string(containsString("Send referral")));

        String sent = mvc.perform(post(base + "/check-answers").with(sam).with(csrf()))
                .andExpect(redirectedUrlPattern("/referrals/sent/PR-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String reference = sent.substring("/referrals/sent/".length());
        assertThat(reference).matches("PR-\\d{4}-\\d{4}");

        mvc.perform(get(sent).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-panel--confirmation")))
                .andExpect(content().string(containsString("Referral sent")))
                .andExpect(content().string(containsString("<strong>" + reference + "</strong>")))
                .andExpect(content().string(containsString("What happens next")))
                .andExpect(content().string(containsString("within one month")));

        mvc.perform(get("/my-referrals").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("<strong class=\"" + new StageTags().classes(Stage.TRIAGE) + "\">Triage</strong>")))
                .andExpect(content().string(not(containsString("Continue your referral"))));
        // a sent draft is gone
        mvc.perform(get(base).with(sam)).andExpect(status().isNotFound());
    }

    @Test
    void aChangeLinkFromCheckAnswersComesBackToCheckAnswers() throws Exception {
        String base = "/referrals/" + startDraft();
        mvc.perform(get(base + "/about-you").param("return", "check-answers").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + base + "/about-you?return=check-answers\"")))
                .andExpect(content().string(containsString("href=\"" + base + "/check-answers\" class=\"govuk-back-link\"")));
        mvc.perform(answers(base + "/about-you", ReferralExamples.aboutYou()).param("return", "check-answers").with(sam))
                .andExpect(redirectedUrl(base + "/check-answers"));
    }

    @Test
    void checkAnswersListsWhatStillStopsTheReferralWithLinksToThePages() throws Exception {
        String base = "/referrals/" + startDraft();
        mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "email", "")).with(sam));

        mvc.perform(get(base + "/check-answers").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Check your answers")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(
                        "<a href=\"" + base + "/about-you?return=check-answers#email\">About you: Enter your work email address</a>")))
                .andExpect(content().string(containsString("<a href=\"" + base + "/children/new?return=check-answers\">Add at least one child</a>")));
        mvc.perform(post(base + "/check-answers").with(sam).with(csrf())).andExpect(redirectedUrl(base + "/check-answers"));
        mvc.perform(get(base).with(sam))
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(matchesPattern("(?s).*About you.*In progress.*")));
    }
}
