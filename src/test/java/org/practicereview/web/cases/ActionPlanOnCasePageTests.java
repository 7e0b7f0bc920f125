package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review's "Agree action plan" step opens the living plan that nobody types again: its rows are on the
 * action plan's page, on the case page and in the publication pack's brief, and each agency sees only its own.
 */
@IntegrationTest
class ActionPlanOnCasePageTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theAgreedPlanBecomesTheLivingPlanOnTheCasePageAndInThePacksBrief() throws Exception {
        CaseWorld world = new CaseWorld(context);
        CaseReference ref = world.atReview();
        world.complete(ref, "Task_SubmitAgencyReport", world.referrer, Map.of("involvementSummary", "Two contacts with the family in 2026",
                "analysis", "Records were not shared with the school", "learning", "l", "agencyRecommendations", "r", "filesSecured", "yes"));
        world.complete(ref, "Task_DraftReport", world.reviewer, Map.of("summaryOfFindings", "Each agency held part of the picture and nobody put it together in time."));
        world.complete(ref, "Task_QualityAssureReport", world.member, Map.of("qaOutcome", "ACCEPTED"));
        world.complete(ref, "Task_BoardSignOff", world.chair, Map.of("meetingDate", "2026-11-20", "boardResponse",
                "The board accepts the findings and will track the action plan"));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("item1Recommendation", "Social care writes a protocol for sharing concerns.");
        plan.put("item1Scope", "MULTI_AGENCY");
        plan.put("item1OwnerAgency", "NORTHSHIRE_CSC");
        plan.put("item1DueDate", "2031-06-30");
        plan.put("item2Recommendation", "Health trains named nurses in the protocol.");
        plan.put("item2Scope", "SINGLE_AGENCY");
        plan.put("item2OwnerAgency", "NORTHSHIRE_HEALTH");
        plan.put("item2DueDate", "2031-09-30");
        plan.put("item2Status", "IN_PROGRESS");
        world.complete(ref, "Task_AgreeActionPlan", world.coordinator, plan);

        String living = page("/action-plans/" + ref.value(), world.coordinator, world);
        assertThat(living).contains("Social care writes a protocol", "30 June 2031",
                "Not started", "Health trains named nurses", "Northshire Health Trust", "In progress", "Add a recommendation");

        String section = CasePageTests.section(page("/cases/" + ref.value(), world.chair, world), "action-plan");
        assertThat(section).contains("Action plan progress", "Actions accepted as done", "0 of 2",
                "Social care writes a protocol", "30 September 2031");

        String health = page("/action-plans/" + ref.value(), world.referrer, world);
        assertThat(health).contains("Health trains named nurses").doesNotContain("Social care writes a protocol");

        String id = world.task(ref, "Task_PreparePublicationPack").getId();
        String brief = Jsoup.parse(page("/tasks/" + id, world.coordinator, world)).select(".app-task-brief").text();
        assertThat(brief).contains("Action plan progress", "Health trains named nurses in the protocol.");
    }

    private String page(String path, String user, CaseWorld world) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(world.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
