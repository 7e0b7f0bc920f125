package org.practicereview.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An abandoned referral, names and all, can be deleted by the one who started it, after a confirmation. */
@IntegrationTest
class DraftDeletionTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    Referrers referrers;
    String owner;
    RequestPostProcessor sam;
    String base;

    @BeforeEach
    void draftWithAChild() throws Exception {
        referrers = new Referrers(users, details, agencies);
        owner = referrers.agencyUser();
        sam = referrers.as(owner);
        base = mvc.perform(post("/referrals/new").with(sam).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(answers(base + "/children/new", ReferralExamples.child()).with(sam));
    }

    @Test
    void theTaskListOffersToDeleteAndAsksFirst() throws Exception {
        mvc.perform(get(base).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + base + "/delete\">Delete this referral</a>")));
        mvc.perform(get(base + "/delete").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Are you sure you want to delete this referral?")))
                .andExpect(content().string(containsString("Yes, delete this referral")))
                .andExpect(content().string(containsString("href=\"" + base + "\">No, go back to the referral</a>")));
        mvc.perform(get(base).with(sam)).andExpect(status().isOk());
    }

    @Test
    void deletingRemovesTheDraftWithItsNamesAndTheTrailKeepsNoneOfThem() throws Exception {
        String draftId = base.substring(base.lastIndexOf('/') + 1);
        mvc.perform(post(base + "/delete").with(sam).with(csrf()))
                .andExpect(redirectedUrl("/referrals/new"))
                .andExpect(flash().attribute("success", "Your unfinished referral has been deleted"));
        mvc.perform(get(base).with(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/my-referrals").with(sam))
                .andExpect(content().string(not(containsString("Continue your referral started on"))));
        assertThat(jdbc.sql("select count(*) from referral_draft where id = ?").param(draftId).query(Long.class).single())
                .isZero();
        List<String> trail = jdbc.sql("select details from trail_event where action = 'REFERRAL_DRAFT_DELETED' and actor = ?")
                .param(owner).query(String.class).list();
        assertThat(trail).containsExactly("draft " + draftId);
        assertThat(String.join(" ", trail)).doesNotContain(ReferralExamples.CHILD_NAME).doesNotContain("Test Street");
    }

    @Test
    void nobodyElseCanDeleteSomeonesDraft() throws Exception {
        RequestPostProcessor other = referrers.as(referrers.agencyUser());
        mvc.perform(get(base + "/delete").with(other)).andExpect(status().isNotFound());
        mvc.perform(post(base + "/delete").with(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(base).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your referral")));
    }
}
