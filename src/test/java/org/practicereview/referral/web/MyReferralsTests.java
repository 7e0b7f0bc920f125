package org.practicereview.referral.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Agency;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralDrafts;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.GovDates;
import org.practicereview.shared.Role;
import org.practicereview.shared.Stage;
import org.practicereview.web.StageTags;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class MyReferralsTests {

    static final Actor COORDINATOR = Actor.of("coordinator", Role.PRG_COORDINATOR);
    static final String QUESTION = "Which school does the child attend? <b>Tell us</b>";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired ReferralDrafts drafts;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;

    String owner;
    Actor actor;
    Map<String, Object> referral;
    RequestPostProcessor sam;

    /** A referrer of an agency of its own: other classes' cases ask the demo agencies for information. */
    @BeforeEach
    void referrer() {
        Referrers referrers = new Referrers(users, details, agencies);
        String agency = "MYREF-" + System.nanoTime();
        agencies.register(new Agency(agency, "My referrals test agency", "HEALTH"));
        owner = referrers.create("referrer", Set.of(Role.AGENCY), agency);
        actor = Actor.agencyUser(owner, agency);
        referral = ReferralExamples.with(ReferralExamples.wholeReferral(), "referral-about-you",
                ReferralExamples.with(ReferralExamples.aboutYou(), "agencyCode", agency));
        sam = referrers.as(owner);
    }

    private Task openTask(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    @Test
    void listsReferralsWithTheirStageTagTheUnfinishedDraftsAndTheQuestionsToAnswer() throws Exception {
        String reference = referrals.submitDirect(actor, referral).reference().value();
        String draft = drafts.start(actor).id();
        mvc.perform(get("/my-referrals").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no open requests for information.")))
                .andExpect(content().string(containsString("href=\"/my-referrals/" + reference + "\"")))
                .andExpect(content().string(containsString("<strong class=\"" + new StageTags().classes(Stage.TRIAGE) + "\">Triage</strong>")))
                .andExpect(content().string(containsString("href=\"/referrals/" + draft + "\">Continue your referral started on")));

        userTasks.complete(openTask(reference).getId(), COORDINATOR, Map.of("complete", "no", "inArea", "yes",
                "outcome", "MORE_INFORMATION", "questionsForReferrer", QUESTION));
        Task request = openTask(reference);

        mvc.perform(get("/my-referrals").with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Information requests for your agency")))
                .andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/tasks/" + request.getId() + "\">")))
                .andExpect(content().string(not(containsString("There are no open requests for information."))));
        mvc.perform(get("/my-referrals/" + reference).with(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Questions from the business unit")))
                .andExpect(content().string(containsString("Which school does the child attend? &lt;b&gt;Tell us&lt;/b&gt;")))
                .andExpect(content().string(containsString("href=\"/tasks/" + request.getId() + "\"")))
                .andExpect(content().string(containsString("Please reply by " + GovDates.time(request.getDueDate().toInstant()) + ".")))
                .andExpect(content().string(containsString("Date sent")));
    }
}
