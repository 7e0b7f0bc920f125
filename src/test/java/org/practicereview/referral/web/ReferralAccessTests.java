package org.practicereview.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.practicereview.referral.web.Referrers.answers;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.DraftItem;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralSection;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Drafts and referrals are their referrer's only; the journey is for agency users; every POST needs its CSRF token. */
@IntegrationTest
@AutoConfigureMockMvc
class ReferralAccessTests {

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired ReferralDrafts drafts;
    @Autowired ReferralService referrals;

    Referrers referrers;
    String owner;
    RequestPostProcessor sam;
    RequestPostProcessor otherAgencyUser;

    @BeforeEach
    void users() {
        referrers = new Referrers(users, details, agencies);
        owner = referrers.agencyUser();
        sam = referrers.as(owner);
        otherAgencyUser = referrers.as(referrers.create("police-user", Set.of(Role.AGENCY), "NORTHSHIRE_POLICE"));
    }

    @Test
    void anotherAgencyUserGetsNotFoundForEveryPageOfTheDraftAndChangesNothing() throws Exception {
        String id = drafts.start(Referrers.actor(owner)).id();
        drafts.saveSection(Referrers.actor(owner), id, ReferralSection.ABOUT_YOU, ReferralExamples.aboutYou());
        DraftItem child = drafts.addItem(Referrers.actor(owner), id, ReferralSection.CHILD, ReferralExamples.child());
        String base = "/referrals/" + id;

        for (String page : new String[] {"", "/about-you", "/children", "/children/new", "/children/" + child.id(),
                "/children/" + child.id() + "/remove", "/check-answers"}) {
            mvc.perform(get(base + page).with(otherAgencyUser)).andExpect(status().isNotFound());
        }
        mvc.perform(answers(base + "/about-you", ReferralExamples.with(ReferralExamples.aboutYou(), "referrerName", "Intruder")).with(otherAgencyUser))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/children/" + child.id() + "/remove").with(otherAgencyUser).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(base + "/check-answers").with(otherAgencyUser).with(csrf())).andExpect(status().isNotFound());

        assertThat(drafts.get(Referrers.actor(owner), id).section(ReferralSection.ABOUT_YOU)).containsEntry("referrerName", "Sam Referrer");
        assertThat(drafts.get(Referrers.actor(owner), id).children()).hasSize(1);
        mvc.perform(get("/referrals/new").with(otherAgencyUser)).andExpect(content().string(not(containsString(id))));
    }

    @Test
    void anotherAgencyUserGetsNotFoundForTheStatusAndConfirmationPagesOfAReferral() throws Exception {
        String reference = referrals.submitDirect(Referrers.actor(owner), ReferralExamples.wholeReferral()).reference().value();

        mvc.perform(get("/my-referrals/" + reference).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/my-referrals/" + reference).with(otherAgencyUser)).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/sent/" + reference).with(otherAgencyUser)).andExpect(status().isNotFound());
        mvc.perform(get("/my-referrals").with(otherAgencyUser)).andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/my-referrals/not-a-reference").with(sam)).andExpect(status().isNotFound());
        mvc.perform(get("/referrals/no-such-draft").with(sam)).andExpect(status().isNotFound());
    }

    @Test
    void usersWithoutTheAgencyRoleAreRefusedTheReferralPages() throws Exception {
        for (Role role : new Role[] {Role.PRG_COORDINATOR, Role.PRG_MEMBER, Role.CHAIR, Role.REVIEWER, Role.AUDITOR, Role.ADMIN}) {
            RequestPostProcessor user = referrers.as(referrers.create(role.name().toLowerCase().replace('_', '-'), Set.of(role), null));
            mvc.perform(get("/referrals/new").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/referrals/new").with(user).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/my-referrals").with(user)).andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/referrals/new")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/sign-in")));
    }

    /** A post without its token: sent away (to sign in again, or back to the page with the input kept), nothing applied. */
    private static final org.springframework.test.web.servlet.ResultMatcher NOT_STORED = status().is3xxRedirection();

    @Test
    void refusesEveryPostWithoutItsCsrfToken() throws Exception {
        // Without its token a post is not applied: the person is asked to sign in again (what they typed is
        // kept for them to check and send, never stored as sent).
        int before = drafts.mine(Referrers.actor(owner)).size();
        mvc.perform(post("/referrals/new").with(sam)).andExpect(NOT_STORED);
        assertThat(drafts.mine(Referrers.actor(owner))).hasSize(before);

        String id = drafts.start(Referrers.actor(owner)).id();
        mvc.perform(post("/referrals/" + id + "/about-you").with(sam).param("referrerName", "No token")).andExpect(NOT_STORED);
        mvc.perform(post("/referrals/" + id + "/children/new").with(sam).param("childName", "No token")).andExpect(NOT_STORED);
        mvc.perform(post("/referrals/" + id + "/check-answers").with(sam)).andExpect(NOT_STORED);
        assertThat(drafts.get(Referrers.actor(owner), id).started(ReferralSection.ABOUT_YOU)).isFalse();
        assertThat(drafts.get(Referrers.actor(owner), id).children()).isEmpty();
    }

    @Test
    void everyFormOfTheJourneyCarriesACsrfToken() throws Exception {
        mvc.perform(get("/referrals/new").with(sam)).andExpect(content().string(containsString("name=\"_csrf\"")));
        String id = drafts.start(Referrers.actor(owner)).id();
        for (String page : new String[] {"/about-you", "/children/new", "/family-members/new", "/agencies/new", "/circumstances",
                "/parallel-processes", "/purpose", "/check-answers"}) {
            mvc.perform(get("/referrals/" + id + page).with(sam)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"_csrf\"")));
        }
    }
}
