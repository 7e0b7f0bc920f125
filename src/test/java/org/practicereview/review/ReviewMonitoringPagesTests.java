package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.notification.Notification;
import org.practicereview.notification.Notifications;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A local review's monitoring date comes: the business unit is asked, records the progress and a written request
 * to the reviewers on its page (refused plainly when incomplete, nothing stored), and the case page shows it.
 */
@IntegrationTest
class ReviewMonitoringPagesTests {

    static final CaseReference CASE = new CaseReference("PR-2026-0777");

    @Autowired MockMvc mvc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired JdbcClient jdbc;
    @Autowired Trail trail;
    @Autowired Notifications notifications;
    @Autowired ReviewCaseFile caseFile;

    @Test
    void theBusinessUnitIsAskedAndRecordsTheProgressWhichTheCasePageShows() throws Exception {
        users.create(new NewUser("monitor.coordinator", "Morgan Coordinator", "monitor.coordinator@example.org",
                Set.of(Role.PRG_COORDINATOR), null, "correct horse battery staple"));
        users.create(new NewUser("monitor.member", "Pat Member", "monitor.member@example.org", Set.of(Role.PRG_MEMBER), null,
                "correct horse battery staple"));
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("caseReference", CASE.value(), "reviewType", "LCSPR",
                "agencies", List.of(), "regime", "CSPR_2018", "decisionToInitiateDate", "2026-10-01"));
        ProcessInstance review = runtime.startProcessInstanceByKey("scr-review", CASE.value(), variables);

        management.executeJob(management.createJobQuery().processInstanceId(review.getId())
                .activityId("IntermediateTimer_MonitoringDue").singleResult().getId());
        assertThat(notifications.forCase(CASE)).extracting(Notification::subject).contains("Review " + CASE + ": record its progress");
        assertThat(trail.forCase(CASE)).extracting(TrailEntry::action).contains("REVIEW_MONITORING_ASKED");

        String path = "/cases/" + CASE.value() + "/review-monitoring";
        mvc.perform(get(path).with(as("monitor.member"))).andExpect(status().isNotFound());
        assertThat(Jsoup.parse(page(get(path))).title()).startsWith("Record the review's progress");

        String refused = page(post(path).param("progress", "Practitioner interviews done")
                .param("writtenRequest", "Send the draft to the partners by 1 March").with(csrf()));
        assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text()).contains("There is a problem",
                "Enter the date of the written request to the reviewers");
        assertThat(Jsoup.parse(refused).select("#writtenRequest").text()).isEqualTo("Send the draft to the partners by 1 March");
        assertThat(jdbc.sql("select count(*) from review_monitoring").query(Long.class).single()).isZero();

        mvc.perform(post(path).param("progress", "Practitioner interviews done")
                        .param("writtenRequest", "Send the draft to the partners by 1 March")
                        .param("writtenRequestOn-day", "2").param("writtenRequestOn-month", "11").param("writtenRequestOn-year", "2026")
                        .with(csrf()).with(as("monitor.coordinator")))
                .andExpect(status().is3xxRedirection());
        assertThat(trail.forCase(CASE)).filteredOn(e -> e.action().equals("REVIEW_MONITORING_RECORDED")).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("progress recorded; written request to the reviewers on 2 November 2026"));

        CaseFileSection.Parts section = (CaseFileSection.Parts) caseFile.sectionsFor(
                users.find("monitor.coordinator").orElseThrow().actor(), CASE).get(0).model();
        assertThat(section.parts()).anySatisfy(part -> {
            assertThat(part.heading()).isEqualTo("Progress recorded (monitoring)");
            assertThat(part.byline()).startsWith("Recorded by Morgan Coordinator on ");
            assertThat(part.rows()).extracting(CaseFileSection.Row::value).containsExactly("Practitioner interviews done",
                    "On 2 November 2026: Send the draft to the partners by 1 March");
        });
        assertThat(section.parts()).anySatisfy(part -> assertThat(part.rows()).extracting(CaseFileSection.Row::href)
                .containsExactly(path));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("monitor.coordinator"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
