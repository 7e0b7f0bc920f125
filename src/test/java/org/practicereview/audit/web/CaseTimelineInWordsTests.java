package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The auditor's timeline shows what Camunda's own operation log holds in words: a claim of a task by
 * its name and who, an administrator's change in Cockpit as the trail's "Changed by an administrator"
 * event, never Camunda's rows with their ids, property names and epoch numbers.
 */
@IntegrationTest
class CaseTimelineInWordsTests {

    static final Actor REFERRER = Actor.agencyUser("sam.words", "NORTHSHIRE_HEALTH");
    static final Actor COORDINATOR = Actor.of("coord.words", Role.PRG_COORDINATOR);
    static final Actor ADMINISTRATOR = Actor.of("admin.words", Role.ADMIN);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Agencies agencies;
    @Autowired ReferralService referrals;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    RequestPostProcessor auditor;

    @BeforeEach
    void setUp() {
        ReferralExamples.registerDemoAgencies(agencies);
        auditor = new Auditors(users, details).as(Role.AUDITOR);
    }

    @Test
    void anAdministratorsChangeInCockpitAndAClaimAreInWordsWithoutCamundasIdsOrEpochNumbers() throws Exception {
        CaseReference ref = referrals.submitDirect(REFERRER, ReferralExamples.wholeReferral()).reference();
        userTasks.claim(task(ref, "Task_TriageReferral").getId(), COORDINATOR);
        userTasks.complete(task(ref, "Task_TriageReferral").getId(), COORDINATOR,
                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
        userTasks.complete(task(ref, "Task_RequestAgencyInformation").getId(), COORDINATOR,
                Map.of("agencies", List.of("NORTHSHIRE_POLICE")));
        Job reminder = management.createJobQuery().processInstanceId(task(ref, "Task_ProvideAgencySummary").getProcessInstanceId())
                .activityId("BoundaryEvent_AgencySummaryReminder").singleResult();
        inCockpit(() -> management.setJobDuedate(reminder.getId(), Date.from(Instant.parse("2027-01-11T09:00:00Z"))));

        Elements rows = Jsoup.parse(mvc.perform(get("/audit/cases/" + ref.value()).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).select("table tbody tr");
        List<String> trailRows = rows.stream().filter(r -> r.child(1).text().startsWith("Trail")).map(Element::text).toList();
        List<String> engineRows = rows.stream().filter(r -> r.child(1).text().equals("Engine")).map(Element::text).toList();

        assertThat(trailRows).anySatisfy(row -> assertThat(row).contains("admin.words",
                "Changed by an administrator in Camunda Cockpit", "Moved the date of \u201cReminder due\u201d from ",
                " to 11 January 2027 at 9am"));
        assertThat(engineRows).anySatisfy(row -> assertThat(row).contains("coord.words", "Task claimed",
                "Triage referral claimed by coord.words"));
        assertThat(engineRows).as("the engine's history").isNotEmpty().allSatisfy(row -> assertThat(row)
                .doesNotContainPattern("\\d{10,}").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                .doesNotContainPattern("(?i)duedate|operation|\\bJob\\b|ProcessInstance|=")
                .doesNotContain("admin.words", "Task_", "IntermediateTimer_", "BoundaryEvent_"));
    }

    private Task task(CaseReference ref, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref.value()).taskDefinitionKey(key).singleResult();
    }

    /** As Camunda's webapps call the engine: with the signed-in administrator set, outside the application's own paths. */
    private void inCockpit(Runnable change) {
        identity.setAuthentication(ADMINISTRATOR.userId(), ADMINISTRATOR.groups());
        try {
            change.run();
        } finally {
            identity.clearAuthentication();
        }
    }
}
