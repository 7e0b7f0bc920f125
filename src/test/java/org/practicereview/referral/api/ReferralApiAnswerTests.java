package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A referral sent through the API that triage asks more about: the agency's system reads the questions
 * and answers them through the API, any user of the agency may answer in the browser instead, and the
 * coordinator may withdraw them.
 */
@IntegrationTest
class ReferralApiAnswerTests extends ApiTestSupport {

    static final String QUESTIONS = "Which school does the child attend?";
    static final String ANSWER = "Northtown Primary School, a fictional school.";

    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired TaskService tasks;
    @Autowired UserTasks userTasks;

    String coordinator;
    String reference;

    @BeforeEach
    void referralWithQuestions() throws Exception {
        coordinator = user("coordinator", Role.PRG_COORDINATOR, null);
        String created = mvc.perform(callers.submit(health, ApiCallers.referral())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        reference = json.readTree(created).get("reference").asText();
        userTasks.complete(task("Task_TriageReferral").getId(), users.find(coordinator).orElseThrow().actor(),
                Map.of("complete", "no", "inArea", "yes", "outcome", "MORE_INFORMATION", "questionsForReferrer", QUESTIONS));
    }

    private String user(String name, Role role, String agency) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Test " + name, username + "@example.org", Set.of(role), agency, ApiCallers.PASSWORD));
        return username;
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private Task task(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
    }

    private MockHttpServletRequestBuilder answer(ApiCallers.Caller caller, Object body, String key) {
        return post("/api/referrals/" + reference + "/answers").header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(callers.json(body));
    }

    private long kept(String formId) {
        return jdbc.sql("select count(*) from form_submission where case_reference = ? and form_id = ?")
                .params(reference, formId).query(Long.class).single();
    }

    @Test
    void theAgencySystemReadsTheQuestionsAndAnswersThemOnceHoweverOftenItRetries() throws Exception {
        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions").value(QUESTIONS))
                .andExpect(jsonPath("$.questionsAskedAt").exists())
                .andExpect(jsonPath("$.answerBy").value(task("Task_ProvideMoreInformation").getDueDate().toInstant().toString()))
                .andExpect(jsonPath("$.answerAt").value("/api/referrals/" + reference + "/answers"));

        String answeredAt = json.readTree(mvc.perform(answer(health, Map.of("information", ANSWER), "answer-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.stage").value("TRIAGE"))
                .andReturn().getResponse().getContentAsString()).get("answeredAt").asText();
        mvc.perform(answer(health, Map.of("information", ANSWER), "answer-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.answeredAt").value(answeredAt));
        mvc.perform(answer(health, Map.of("information", "Something else"), "answer-1"))
                .andExpect(status().isUnprocessableEntity());

        assertThat(kept("provide-more-information")).isEqualTo(1);
        assertThat(task("Task_TriageReferral")).as("back at triage").isNotNull();
        assertThat(jdbc.sql("select count(*) from trail_event where case_reference = ? and action = 'TASK_COMPLETED' "
                + "and actor = ? and details like 'Task_ProvideMoreInformation%'").params(reference, health.username())
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, health.bearer()))
                .andExpect(jsonPath("$.questions").doesNotExist())
                .andExpect(jsonPath("$.answerAt").doesNotExist());
        mvc.perform(answer(health, Map.of("information", ANSWER), "answer-2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("No open question"));
    }

    @Test
    void aRefusedAnswerIsAProblemDetailAndStoresNothing() throws Exception {
        mvc.perform(answer(health, Map.of("information", " "), "answer-blank"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.title").value("Invalid answer"))
                .andExpect(jsonPath("$.errors[0].field").value("information"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the information you were asked for"));
        mvc.perform(answer(health, Map.of("information", ANSWER, "childName", "Poppy"), "answer-unknown"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("(request)"))
                .andExpect(content().string(not(containsString("Poppy"))));
        mvc.perform(post("/api/referrals/" + reference + "/answers").header(HttpHeaders.AUTHORIZATION, health.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(callers.json(Map.of("information", ANSWER))))
                .andExpect(status().isBadRequest());
        assertThat(kept("provide-more-information")).isZero();
        assertThat(task("Task_ProvideMoreInformation")).as("still waiting").isNotNull();

        mvc.perform(answer(health, Map.of("information", ANSWER), "answer-blank"))
                .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "false"));
    }

    @Test
    void anotherAgencysSystemFindsNothingThere() throws Exception {
        ApiCallers.Caller police = callers.systemAccount("NORTHSHIRE_POLICE");
        mvc.perform(get("/api/referrals/" + reference).header(HttpHeaders.AUTHORIZATION, police.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(answer(police, Map.of("information", ANSWER), "police-1")).andExpect(status().isNotFound());
        assertThat(task("Task_ProvideMoreInformation")).isNotNull();
    }

    @Test
    void anyUserOfTheReferringAgencyAnswersInTheBrowserWithTheQuestionsBesideTheForm() throws Exception {
        String nurse = user("nurse", Role.AGENCY, "NORTHSHIRE_HEALTH");
        String officer = user("officer", Role.AGENCY, "NORTHSHIRE_POLICE");
        Task request = task("Task_ProvideMoreInformation");
        assertThat(request.getAssignee()).as("offered to the agency, not to the system account").isNull();

        mvc.perform(get("/tasks").with(as(nurse))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/tasks/" + request.getId() + "\"")));
        mvc.perform(get("/tasks/" + request.getId()).with(as(nurse))).andExpect(status().isOk())
                .andExpect(content().string(containsString("What the business unit asks")))
                .andExpect(content().string(containsString(QUESTIONS)))
                .andExpect(content().string(containsString("Who to look for in your records")));
        mvc.perform(get("/tasks/" + request.getId()).with(as(officer))).andExpect(status().isNotFound());

        mvc.perform(post("/tasks/" + request.getId()).with(as(nurse)).with(csrf()).param("information", ANSWER))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(task("Task_TriageReferral")).isNotNull();
        mvc.perform(get("/cases/" + reference).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("More information from the referrer")))
                .andExpect(content().string(containsString(ANSWER)));
    }

    @Test
    void theCoordinatorWithdrawsTheQuestionsWithAReasonAndTheReferralGoesBackToTriage() throws Exception {
        mvc.perform(get("/cases/" + reference).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + reference + "/withdraw-question\"")));
        mvc.perform(get("/cases/" + reference + "/withdraw-question").with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(QUESTIONS)));
        mvc.perform(post("/cases/" + reference + "/withdraw-question").with(as(coordinator)).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("Enter why you are withdrawing the questions")));
        assertThat(task("Task_ProvideMoreInformation")).as("a refused withdrawal changes nothing").isNotNull();

        String reason = "The school confirmed the details to us directly.";
        mvc.perform(post("/cases/" + reference + "/withdraw-question").with(as(coordinator)).with(csrf()).param("reason", reason))
                .andExpect(redirectedUrl("/cases/" + reference));
        assertThat(task("Task_ProvideMoreInformation")).isNull();
        assertThat(task("Task_TriageReferral")).isNotNull();
        assertThat(jdbc.sql("select details from trail_event where case_reference = ? and action = 'QUESTION_WITHDRAWN'")
                .param(reference).query(String.class).list()).singleElement()
                .satisfies(details -> assertThat(details).startsWith("questions asked ").doesNotContain(reason));
        mvc.perform(get("/cases/" + reference).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Questions withdrawn")))
                .andExpect(content().string(containsString(reason)))
                .andExpect(content().string(containsString("Question to the referring agency withdrawn")))
                .andExpect(content().string(not(containsString("/withdraw-question\""))));
        mvc.perform(answer(health, Map.of("information", ANSWER), "late")).andExpect(status().isConflict());
        mvc.perform(get("/cases/" + reference + "/withdraw-question").with(as(user("nurse", Role.AGENCY, "NORTHSHIRE_HEALTH"))))
                .andExpect(status().isNotFound());
    }
}
