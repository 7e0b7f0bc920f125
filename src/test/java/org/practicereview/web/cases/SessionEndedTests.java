package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.web.KeptInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No lost input: a task form posted after the session ended is kept, the person is asked to sign in
 * again (never "You cannot see this page"), and the text is back on the task's page afterwards; long
 * answers can be saved for later, and every signed-in page carries the timeout warning.
 */
@IntegrationTest
class SessionEndedTests {

    static final String NARRATIVE = "A long narrative typed over half an hour: the referral names the school, "
            + "the health visitor saw the family twice in January, and the police attended once.";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TaskService tasks;
    @Autowired JdbcClient jdbc;

    CaseWorld world;
    CaseReference ref;
    String taskId;

    @BeforeEach
    void caseAtTriage() {
        world = new CaseWorld(context);
        ref = world.referral();
        taskId = world.task(ref, "Task_TriageReferral").getId();
    }

    /** The browser still sends the cookie of a session the server has ended. */
    private static RequestPostProcessor endedSession() {
        return request -> {
            request.setRequestedSessionId("ended-session");
            request.setRequestedSessionIdValid(false);
            return request;
        };
    }

    private MockHttpServletRequestBuilder triagePost() {
        return triagePostFrom("http://localhost");
    }

    private MockHttpServletRequestBuilder triagePostFrom(String origin) {
        return post("/tasks/" + taskId).header("Origin", origin).param("_csrf", "token-of-the-ended-session")
                .param("complete", "yes").param("inArea", "yes").param("outcome", "ACCEPTED").param("notes", NARRATIVE);
    }

    @Test
    void aTaskPostedAfterTheSessionEndedIsKeptAndPutBackOnceThePersonHasSignedInAgain() throws Exception {
        var ended = mvc.perform(triagePost().with(endedSession()))
                .andExpect(redirectedUrl("/sign-in?session-ended"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) ended.getRequest().getSession(false);
        assertThat(session).as("a new session holds what was posted").isNotNull();

        mvc.perform(get("/sign-in").param("session-ended", "").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your session ended, so you have been signed out.")))
                .andExpect(content().string(containsString("what you had typed has been kept")))
                .andExpect(content().string(not(containsString("You cannot see this page"))));
        mvc.perform(post("/sign-in").session(session).with(csrf())
                        .param("username", world.coordinator).param("password", CaseWorld.PASSWORD))
                .andExpect(redirectedUrl("/tasks/" + taskId));

        mvc.perform(get("/tasks/" + taskId).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("We have put back what you typed before your session ended")))
                .andExpect(content().string(containsString(NARRATIVE)));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("nothing was sent").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from form_submission where task_id = ?").param(taskId).query(Long.class).single())
                .isZero();

        mvc.perform(get("/tasks/" + taskId).session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NARRATIVE))));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndNothingIsKept() throws Exception {
        var refused = mvc.perform(triagePostFrom("https://elsewhere.example.org").with(endedSession()))
                .andExpect(status().isForbidden()).andReturn();
        assertThat(KeptInput.waitingAt(refused.getRequest().getSession(false))).isEmpty();
    }

    @Test
    void aSignedInPersonWhosePageWentStaleGetsTheirTextBackOnThePage() throws Exception {
        mvc.perform(triagePost().with(world.as(world.coordinator)).with(csrf().useInvalidToken()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
    }

    @Test
    void longAnswersAreSavedForLaterAndTheDraftGoesWhenTheTaskIsCompleted() throws Exception {
        mvc.perform(post("/tasks/" + taskId).with(world.as(world.coordinator)).with(csrf())
                        .param("notes", NARRATIVE).param("action", "save"))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        mvc.perform(get("/tasks/" + taskId).with(world.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("These are the answers you saved on")))
                .andExpect(content().string(containsString(NARRATIVE)))
                .andExpect(content().string(containsString("Save and come back later")));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("saving sends nothing").isEqualTo(1);

        mvc.perform(post("/tasks/" + taskId + "/draft").with(world.as(world.coordinator)).with(csrf())
                        .header("X-Requested-With", "fetch").param("notes", NARRATIVE + " More."))
                .andExpect(status().isNoContent());
        mvc.perform(post("/tasks/" + taskId + "/draft").with(world.as(world.referrer)).with(csrf())
                        .header("X-Requested-With", "fetch").param("notes", "not theirs"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + taskId).with(world.as(world.coordinator)))
                .andExpect(content().string(containsString(NARRATIVE + " More.")));

        mvc.perform(post("/tasks/" + taskId).with(world.as(world.coordinator)).with(csrf())
                        .param("complete", "yes").param("inArea", "yes").param("outcome", "ACCEPTED").param("notes", NARRATIVE))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(jdbc.sql("select count(*) from task_draft where task_id = ?").param(taskId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aScriptRequestAfterTheSessionEndedIsTold401AndKeepsNothing() throws Exception {
        var result = mvc.perform(post("/tasks/" + taskId + "/draft").with(endedSession()).header("X-Requested-With", "fetch")
                        .param("notes", NARRATIVE))
                .andExpect(status().isUnauthorized()).andReturn();
        assertThat(KeptInput.waitingAt(result.getRequest().getSession(false))).isEmpty();
    }

    @Test
    void signedInPagesCarryTheTimeoutWarningAndPublicPagesDoNot() throws Exception {
        mvc.perform(get("/tasks").with(world.as(world.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-session-timeout=\"1800\"")))
                .andExpect(content().string(containsString("<dialog class=\"app-timeout-dialog\" id=\"session-timeout\"")))
                .andExpect(content().string(containsString("Stay signed in")));
        mvc.perform(get("/learning-from-reviews")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-session-timeout"))))
                .andExpect(content().string(not(containsString("session-timeout"))));
        mvc.perform(post("/session/keep-alive").with(world.as(world.coordinator)).with(csrf()))
                .andExpect(status().isNoContent());
    }
}
