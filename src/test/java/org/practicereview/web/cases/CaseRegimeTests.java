package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.settings.BoardSettings;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.GovDates;
import org.practicereview.workflow.ProcessVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

/**
 * The law a case follows, as the administrator sets it and as people read it: a new installation refers
 * serious case reviews; from the day the partnership started the 2018 arrangements, a case referred is a
 * child safeguarding practice review, in its record, its process and on its page; a case referred before
 * keeps its regime.
 */
@IntegrationTest
class CaseRegimeTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired RuntimeService runtime;
    @Autowired BoardSettings settings;
    @Autowired Trail trail;
    @Autowired JdbcClient jdbc;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @Test
    void aNewInstallationRefersSeriousCaseReviewsAndSaysSoOnTheSettingsPage() throws Exception {
        CaseReference ref = world.referral();
        assertThat(storedRegime(ref)).isEqualTo("SCR_2006");
        assertThat(variable(ref)).isEqualTo("SCR_2006");
        assertThat(casePage(ref)).contains("Law it follows", "Serious case review (LSCB Regulations 2006)")
                .doesNotContain("SCR_2006");
        assertThat(page("/admin/settings")).contains("Law new cases follow", "Serious case review (LSCB Regulations 2006)",
                "SI 2018/789", "Date the partnership started the 2018 arrangements", "Not set");
    }

    @Test
    void fromTheDayThePartnershipStartedTheNewArrangementsACaseIsAChildSafeguardingPracticeReview() throws Exception {
        CaseReference before = world.referral();
        LocalDate today = LocalDate.now(GovDates.UK);

        long versions = versions();
        String refused = send(form("CSPR_2018", null)).getContentAsString();
        assertThat(refused).contains("<title>Error: ", "There is a problem",
                "Enter the date the partnership started the 2018 arrangements, as a real date", "href=\"#newArrangementsFrom\"");
        assertThat(versions()).as("nothing stored").isEqualTo(versions);

        assertThat(send(form("CSPR_2018", today.plusDays(1))).getRedirectedUrl()).isEqualTo("/admin/settings");
        CaseReference dayBefore = world.referral();
        assertThat(storedRegime(dayBefore)).as("referred before the arrangements start").isEqualTo("SCR_2006");

        assertThat(send(form("CSPR_2018", today)).getRedirectedUrl()).isEqualTo("/admin/settings");
        CaseReference after = world.referral();
        assertThat(storedRegime(after)).isEqualTo("CSPR_2018");
        assertThat(variable(after)).isEqualTo("CSPR_2018");
        assertThat(casePage(after)).contains("Law it follows", "Child safeguarding practice review (2018 arrangements)")
                .doesNotContain("CSPR_2018");
        assertThat(page("/tasks/" + world.task(after, "Task_TriageReferral").getId(), world.coordinator))
                .as("the triage task's case summary").contains("Law it follows",
                        "Child safeguarding practice review (2018 arrangements)");
        assertThat(trail.forCase(after)).filteredOn(e -> e.action().equals(TrailAction.REFERRAL_SUBMITTED.name()))
                .extracting(TrailEntry::details).singleElement().asString().endsWith("regime=CSPR_2018");

        assertThat(storedRegime(before)).as("a case keeps the law it was referred under").isEqualTo("SCR_2006");
        assertThat(casePage(before)).contains("Serious case review (LSCB Regulations 2006)");
        assertThat(page("/admin/settings")).contains("Child safeguarding practice review (2018 arrangements)",
                GovDates.day(today));
        assertThat(page("/admin/settings/edit")).contains("The law new cases follow", "name=\"newArrangementsFrom-year\"",
                "value=\"" + today.getYear() + "\"");
        assertThat(jdbc.sql("select details from trail_event where action = ? order by seq desc fetch first 2 rows only")
                .param(TrailAction.BOARD_SETTINGS_CHANGED.name()).query(String.class).list()).containsExactly(
                "version " + (versions + 2) + " replaces version " + (versions + 1)
                        + "; changed: Date the partnership started the 2018 arrangements",
                "version " + (versions + 1) + " replaces version " + versions
                        + "; changed: Law new cases follow, Date the partnership started the 2018 arrangements");
    }

    @Test
    void aDateBeforeTheRegulationsIsRefusedWithWhatIsTyped() throws Exception {
        String refused = send(form("CSPR_2018", LocalDate.of(2017, 4, 1))).getContentAsString();
        assertThat(refused).contains("must be on or after 29 June 2018", "value=\"2017\"");
        assertThat(settings.current().caseRegime().newCases().name()).isEqualTo("SCR_2006");
    }

    private MultiValueMap<String, String> form(String regime, LocalDate from) throws Exception {
        return org.practicereview.administration.web.SettingsForm.asFound(mvc, world.as(world.admin))
                .with("newCaseRegime", regime).withDate("newArrangementsFrom", from).fields();
    }

    private MockHttpServletResponse send(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post("/admin/settings/edit").with(world.as(world.admin)).with(csrf()).params(form))
                .andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        return page(path, world.admin);
    }

    private String page(String path, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(world.as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String casePage(CaseReference ref) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/cases/" + ref.value()).with(world.as(world.coordinator)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String storedRegime(CaseReference ref) {
        return jdbc.sql("select regime from case_file where reference = ?").param(ref.value()).query(String.class).single();
    }

    private Object variable(CaseReference ref) {
        String id = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref.value(), "case-review")
                .singleResult().getId();
        return runtime.getVariable(id, ProcessVariables.REGIME);
    }

    private long versions() {
        return jdbc.sql("select count(*) from board_settings").query(Long.class).single();
    }
}
