package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A whole case, end to end: every step is in the trail with who, role, when and case, and nothing names the family. */
@IntegrationTest
class CaseTrailTests {

    /** What the referral says about the child and family: none of it may reach the trail or the auditor's timeline. */
    static final List<String> PERSONAL = List.of(ReferralExamples.CHILD_NAME, ReferralExamples.SIBLING_NAME,
            ReferralExamples.MOTHER_NAME, "Testchild", "Testparent", "Sam Referrer", "2019-03-27", "27/03/2019", "27 March 2019",
            "27 Mar 2019", "1990-05-01", "01/05/1990", "1 May 1990", "NT1 4AP", "NT14AP", "Test Street", "01632 960 001",
            "sam.referrer@health.example.org", "Northtown Primary");

    @Autowired ReferralService referrals;
    @Autowired UserTasks userTasks;
    @Autowired TaskService tasks;
    @Autowired Agencies agencies;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    RequestPostProcessor auditor;

    @BeforeEach
    void setUp() {
        ReferralExamples.registerDemoAgencies(agencies);
        auditor = new Auditors(users, details).as(Role.AUDITOR);
    }

    @Test
    void everyStepOfACaseIsTrailedWithWhoRoleWhenAndCaseAndNoPersonalData() throws Exception {
        long before = jdbc.sql("select last_seq from trail_head").query(Long.class).single();
        CaseReference ref = new CaseJourneyTrail(referrals, userTasks, tasks).toDecision();

        List<TrailEntry> events = trail.forCase(ref);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actor()).isNotBlank();
            assertThat(e.role()).isNotBlank();
            assertThat(e.occurredAt()).isNotNull();
            assertThat(e.caseReference()).isEqualTo(ref.value());
        });
        assertThat(events).extracting(TrailEntry::kind).contains(TrailAction.REFERRAL_SUBMITTED, TrailAction.REFERRAL_REGISTERED, TrailAction.NOTIFICATION_QUEUED,
                TrailAction.CRITERIA_EVALUATED, TrailAction.DECISION_DEPARTS_FROM_CRITERIA, TrailAction.DECISION_NOTIFIED);
        assertThat(events).filteredOn(e -> e.is(TrailAction.TASK_COMPLETED)).extracting(e -> e.details().split(" ")[0])
                .containsExactly("Task_TriageReferral", "Task_ProvideMoreInformation", "Task_TriageReferral", "Task_RequestAgencyInformation",
                        "Task_ProvideAgencySummary", "Task_ScreenAgainstCriteria", "Task_RecommendToChair", "Task_RecordScrDecision");
        assertThat(events).filteredOn(e -> e.is(TrailAction.TASK_COMPLETED)).extracting(TrailEntry::actor, TrailEntry::role)
                .contains(org.assertj.core.groups.Tuple.tuple("chair.e2e", "CHAIR"), org.assertj.core.groups.Tuple.tuple("police.e2e", "AGENCY"));
        assertThat(events).filteredOn(e -> e.is(TrailAction.CRITERIA_EVALUATED)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("version"));

        List<String> produced = jdbc.sql("select seq || ' ' || coalesce(case_reference, '') || ' ' || actor || ' ' || actor_role || ' ' "
                + "|| action || ' ' || coalesce(details, '') from trail_event where seq > ? order by seq").param(before).query(String.class).list();
        assertThat(produced).hasSizeGreaterThanOrEqualTo(events.size());
        for (String event : produced) {
            PERSONAL.forEach(p -> assertThat(event.toLowerCase()).as("trail event %s", event).doesNotContain(p.toLowerCase()));
        }
        assertThat(trail.verify().intact()).isTrue();

        String page = mvc.perform(get("/audit/cases/" + ref.value()).with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Record SCR decision completed", "DECISION_EVALUATED",
                "Statutory criteria for a serious case review, version 1", "Child died: yes",
                "Criteria result: The criteria for a serious case review are met", "DECISION_DEPARTS_FROM_CRITERIA", "TASK_ENDED");
        PERSONAL.forEach(p -> assertThat(page.toLowerCase()).as("timeline page").doesNotContain(p.toLowerCase()));

        assertThat(mvc.perform(get("/audit/departures").with(auditor)).andReturn().getResponse().getContentAsString()).contains(ref.value());
    }
}
