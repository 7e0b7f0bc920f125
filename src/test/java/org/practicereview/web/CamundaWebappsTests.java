package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Set;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.practicereview.Tiers;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda's webapps switched on, on a real server: their filters and servlets are registered with
 * the servlet container, which MockMvc does not drive. Signs in through our own sign-in page like a
 * browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "practice-review.camunda-webapps.enabled=true",
        // The integration test context may be open beside this one, and Camunda registers engines
        // and process applications JVM-wide by name: this context takes names of its own (in
        // production the engine is "default", so the addresses say /default/ where these say /webapps/).
        "camunda.bpm.generate-unique-process-engine-name=false",
        "camunda.bpm.process-engine-name=" + CamundaWebappsTests.ENGINE,
        "camunda.bpm.generate-unique-process-application-name=true"})
@Tag(Tiers.INTEGRATION)
@DirtiesContext
@ActiveProfiles("test")
class CamundaWebappsTests {

    static final String ENGINE = "webapps";
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired Trail trail;

    @BeforeEach
    void people() {
        if (!users.exists("webapps.admin")) {
            users.create(new NewUser("webapps.admin", "Ada Administrator", "ada@example.org", Set.of(Role.ADMIN), null, PASSWORD));
            users.create(new NewUser("webapps.chair", "Chris Chair", null, Set.of(Role.CHAIR), null, PASSWORD));
        }
    }

    @Test
    void anAdministratorSignedInThroughOurPageOpensCockpitAndTasklistAsThemselves() throws Exception {
        WebappsBrowser admin = signedIn("webapps.admin");

        assertThat(admin.get("/camunda/app/cockpit/" + ENGINE + "/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/" + ENGINE);
        assertThat(user.statusCode()).isEqualTo(200);
        JsonNode authentication = new ObjectMapper().readTree(user.body());
        assertThat(authentication.get("userId").asText()).isEqualTo("webapps.admin");
        assertThat(authentication.get("authorizedApps")).extracting(JsonNode::asText).contains("cockpit", "tasklist", "admin");
        assertThat(admin.get("/camunda/app/tasklist/" + ENGINE + "/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/cockpit/plugin/base/" + ENGINE + "/process-definition/statistics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theWebappsSeeOurUsersAndGroups() throws Exception {
        WebappsBrowser admin = signedIn("webapps.admin");
        admin.get("/camunda/app/admin/" + ENGINE + "/");

        HttpResponse<String> profile = admin.get("/camunda/api/engine/engine/" + ENGINE + "/user/webapps.chair/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"firstName\":\"Chris\"").contains("\"lastName\":\"Chair\"");
        HttpResponse<String> groups = admin.get("/camunda/api/engine/engine/" + ENGINE + "/group?member=webapps.admin");
        assertThat(groups.body()).contains("\"id\":\"ADMIN\"").contains("\"id\":\"camunda-admin\"");
    }

    @Test
    void theWebappsCannotCreateUsersOfTheirOwn() throws Exception {
        WebappsBrowser admin = signedIn("webapps.admin");
        admin.get("/camunda/app/admin/" + ENGINE + "/");
        String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}";

        HttpResponse<String> setup = admin.postJson("/camunda/api/admin/setup/" + ENGINE + "/user/create", user);
        HttpResponse<String> create = admin.postJson("/camunda/api/engine/engine/" + ENGINE + "/user/create", user);

        // Refused by Camunda itself (its CSRF check passed): an administrator exists, and identity is read-only.
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(setup.body()).contains("Setup action not available");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("read-only");
        assertThat(users.exists("intruder")).isFalse();
    }

    @Test
    void everyOtherRoleIsForbiddenTheWebappsAndTheirApi() throws Exception {
        WebappsBrowser chair = signedIn("webapps.chair");

        assertThat(chair.get("/camunda/app/cockpit/" + ENGINE + "/").statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/app/tasklist/" + ENGINE + "/").statusCode()).isEqualTo(403);
        // The API resources are servlets of their own, outside Spring MVC: the security chain must see them too.
        assertThat(chair.get("/camunda/api/admin/auth/user/" + ENGINE).statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/api/engine/engine/" + ENGINE + "/user").statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/api/cockpit/plugin/base/" + ENGINE + "/process-definition/statistics").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToOurSignInPage() throws Exception {
        HttpResponse<String> response = new WebappsBrowser(port).get("/camunda/app/cockpit/" + ENGINE + "/");

        assertThat(response.statusCode()).isEqualTo(302);
        // Relative: an absolute address would be built from the Host header the client sent.
        assertThat(response.headers().firstValue("Location")).hasValue("/sign-in");
        assertThat(new WebappsBrowser(port).get("/camunda/api/admin/auth/user/" + ENGINE).statusCode()).isEqualTo(302);
    }

    /** The probe's forged Host header, sent as it is on a real connection (the JDK's client will not send it). */
    @Test
    void noRedirectIsBuiltFromTheHostHeader() throws Exception {
        for (String path : List.of("/camunda/app/cockpit/" + ENGINE + "/", "/tasks")) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);

                assertThat(response).as(path).startsWith("HTTP/1.1 302").contains("\r\nLocation: /sign-in\r\n")
                        .doesNotContain("evil.example");
            }
        }
    }

    @Test
    void theEngineRestApiIsAbsent() throws Exception {
        assertThat(signedIn("webapps.admin").get("/engine-rest/engine").statusCode()).isEqualTo(404);
    }

    @Test
    void anAdministratorCannotCompleteOrClaimACaseTaskInTasklistOrItsApi() throws Exception {
        CaseReference ref = newCase();
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).singleResult();
        WebappsBrowser admin = inTheWebapps();

        HttpResponse<String> complete = admin.postJson(engine("/task/" + triage.getId() + "/complete"),
                "{\"variables\":{\"triageOutcome\":{\"value\":\"MERGED\"},\"complete\":{\"value\":true}}}");
        HttpResponse<String> claim = admin.postJson(engine("/task/" + triage.getId() + "/claim"), "{\"userId\":\"webapps.admin\"}");

        assertThat(complete.statusCode()).isEqualTo(403);
        assertThat(complete.body()).contains("completed in Practice Review");
        assertThat(claim.statusCode()).isEqualTo(403);
        Task after = tasks.createTaskQuery().taskId(triage.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(runtime.getVariable(triage.getProcessInstanceId(), "triageOutcome")).isNull();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.TASK_COMPLETED, TrailAction.TASK_CLAIMED);
    }

    @Test
    void anAdministratorCannotChangeACasesVariablesNorDeleteItsProcessOrHistory() throws Exception {
        CaseReference ref = newCase();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value()).singleResult().getId();
        WebappsBrowser admin = inTheWebapps();

        HttpResponse<String> modify = admin.postJson(engine("/process-instance/" + instance + "/variables"),
                "{\"modifications\":{\"referrer\":{\"value\":\"webapps.admin\"}}}");
        HttpResponse<String> put = admin.json("PUT", engine("/process-instance/" + instance + "/variables/caseReference"),
                "{\"value\":\"PR-2026-999999\"}");
        HttpResponse<String> delete = admin.json("DELETE", engine("/process-instance/" + instance), null);
        HttpResponse<String> deleteHistory = admin.json("DELETE", engine("/history/process-instance/" + instance), null);

        assertThat(List.of(modify, put, delete, deleteHistory)).extracting(HttpResponse::statusCode).containsOnly(403);
        assertThat(runtime.getVariable(instance, "referrer")).isEqualTo("webapps.referrer");
        assertThat(runtime.getVariable(instance, "caseReference")).isEqualTo(ref.value());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).doesNotContain(TrailAction.CHANGED_IN_CAMUNDA);
    }

    @Test
    void anAdministratorCannotRunThePrePublicationTimerEarlyNorDeployADiagram() throws Exception {
        CaseReference ref = newCase();
        Job notice = noticePeriod(ref);
        long deployments = repository.createDeploymentQuery().count();
        WebappsBrowser admin = inTheWebapps();

        HttpResponse<String> execute = admin.postJson(engine("/job/" + notice.getId() + "/execute"), "");
        HttpResponse<String> deploy = admin.multipart(engine("/deployment/create"), "probe.bpmn", PROBE_DIAGRAM);

        assertThat(execute.statusCode()).isEqualTo(403);
        assertThat(management.createJobQuery().jobId(notice.getId()).count()).as("the timer still waits").isOne();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey("Task_ApprovePublication")
                .count()).isZero();
        assertThat(deploy.statusCode()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe").count()).isZero();
    }

    @Test
    void anAdministratorsRepairsInCockpitAreWrittenToTheCasesTrailInWords() throws Exception {
        CaseReference ref = newCase();
        Job notice = noticePeriod(ref);
        WebappsBrowser admin = inTheWebapps();

        HttpResponse<String> moved = admin.json("PUT", engine("/job/" + notice.getId() + "/duedate"),
                "{\"duedate\":\"2026-12-09T10:30:00.000+0000\"}");
        HttpResponse<String> retried = admin.json("PUT", engine("/job/" + notice.getId() + "/retries"), "{\"retries\":2}");

        assertThat(moved.statusCode()).isEqualTo(204);
        assertThat(retried.statusCode()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(notice.getId()).singleResult().getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-12-09T10:30:00Z")));
        List<TrailEntry> repairs = trail.forCase(ref).stream().filter(e -> e.is(TrailAction.CHANGED_IN_CAMUNDA)).toList();
        assertThat(repairs).extracting(TrailEntry::actor).containsOnly("webapps.admin");
        assertThat(repairs).extracting(TrailEntry::details).containsExactly(
                "Moved the date of \u201cNotice period over\u201d from 16 December 2026 at 5pm to 9 December 2026 at 10:30am",
                "Set \u201cNotice period over\u201d to be tried again (2 more attempts)");
        assertThat(repairs).extracting(TrailEntry::actionLabel).containsOnly("Changed by an administrator in Camunda Cockpit");
        assertThat(trail.verify().intact()).isTrue();
    }

    private static final String PROBE_DIAGRAM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="probe">
              <process id="probe" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="steal"/>
                <serviceTask id="steal" camunda:expression="${jdbcTemplate.queryForList('select * from user_account')}"/>
                <sequenceFlow id="f2" sourceRef="steal" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private CaseReference newCase() {
        ReferralExamples.registerDemoAgencies(agencies);
        return referrals.submitDirect(Actor.agencyUser("webapps.referrer", "NORTHSHIRE_HEALTH"), ReferralExamples.wholeReferral())
                .reference();
    }

    /** The case's publication waiting out its notice period, until 16 December 2026 at 5pm. */
    private Job noticePeriod(CaseReference ref) {
        String instance = runtime.createProcessInstanceByKey("publication").businessKey(ref.value())
                .setVariable("caseReference", ref.value())
                .setVariable("publishNotBefore", Date.from(Instant.parse("2026-12-16T17:00:00Z")))
                .startBeforeActivity("IntermediateTimer_NoticePeriod").execute().getId();
        return management.createJobQuery().processInstanceId(instance).activityId("IntermediateTimer_NoticePeriod").singleResult();
    }

    private WebappsBrowser inTheWebapps() throws Exception {
        WebappsBrowser admin = signedIn("webapps.admin");
        admin.get("/camunda/app/cockpit/" + ENGINE + "/"); // the webapps' CSRF cookie
        return admin;
    }

    private static String engine(String path) {
        return "/camunda/api/engine/engine/" + ENGINE + path;
    }

    private WebappsBrowser signedIn(String username) throws Exception {
        return WebappsBrowser.signedIn(port, username, PASSWORD);
    }
}
