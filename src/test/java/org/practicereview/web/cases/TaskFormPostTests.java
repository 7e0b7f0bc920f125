package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Posting a task's form from its page: completed, refused with the errors, or gone, as the person sees it. */
@IntegrationTest
class TaskFormPostTests {

    private static final String GONE = TaskNotAvailableException.alreadyCompleted().getMessage();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UserTasks userTasks;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;

    CaseWorld world;
    CaseReference ref;
    String triage;

    @BeforeEach
    void referral() {
        world = new CaseWorld(context);
        ref = world.referral();
        triage = world.task(ref, "Task_TriageReferral").getId();
    }

    private MockHttpServletRequestBuilder triage(String user, Map<String, String> fields) {
        MockHttpServletRequestBuilder post = post("/tasks/" + triage).with(world.as(user)).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    @Test
    void aCompleteFormCompletesTheTaskAndSaysSoOnTheQueue() throws Exception {
        MvcResult result = mvc.perform(triage(world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(result.getFlashMap().get("success")).isEqualTo("Triage referral completed for " + ref);
        assertThat(world.task(ref, "Task_TriageReferral")).isNull();
        assertThat(world.task(ref, "Task_RequestAgencyInformation")).isNotNull();
    }

    @Test
    void aFormWithAnswersMissingIsShownAgainWithItsErrorsAndWhatWasEnteredAndNothingIsStored() throws Exception {
        MvcResult result = mvc.perform(triage(world.coordinator, Map.of("complete", "yes", "notes", "Checked with the police")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("There is a problem");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).contains("#inArea", "#outcome");
        assertThat(page.select("input[name=complete][value=yes]").hasAttr("checked")).as("the answer given is kept").isTrue();
        assertThat(page.select("textarea[name=notes]").text()).isEqualTo("Checked with the police");
        assertThat(page.text()).contains(ref.value());
        assertThat(world.task(ref, "Task_TriageReferral")).as("still open").isNotNull();
        assertThat(jdbc.sql("select count(*) from form_submission where task_id = ?").param(triage).query(Long.class).single()).isZero();
    }

    @Test
    void aTaskCompletedMeanwhileIsSaidToBeGoneAndNothingIsStoredTwice() throws Exception {
        world.complete(ref, "Task_TriageReferral", world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));

        MvcResult result = mvc.perform(triage(world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(result.getFlashMap().get("problem")).isEqualTo(GONE);
        assertThat(jdbc.sql("select count(*) from form_submission where task_id = ?").param(triage).query(Long.class).single()).isOne();
    }

    @Test
    void someoneTheTaskIsNotForIsToldTheSameAndTheTaskStaysOpen() throws Exception {
        MvcResult result = mvc.perform(triage(world.member, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(result.getFlashMap().get("problem")).isEqualTo(GONE);
        assertThat(world.task(ref, "Task_TriageReferral")).isNotNull();
    }

    @Test
    void aTaskClaimedBySomeoneElseMeanwhileCannotBeCompletedByAnother() throws Exception {
        String otherCoordinator = "other-coordinator-" + System.nanoTime() % 100000;
        users.create(new NewUser(otherCoordinator, "Test other coordinator", null, Set.of(Role.PRG_COORDINATOR), null,
                CaseWorld.PASSWORD));
        userTasks.claim(triage, world.actor(otherCoordinator));
        MvcResult result = mvc.perform(triage(world.coordinator, Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
        assertThat(result.getFlashMap().get("problem")).isEqualTo(GONE);
        assertThat(world.task(ref, "Task_TriageReferral").getAssignee()).isEqualTo(otherCoordinator);
    }
}
