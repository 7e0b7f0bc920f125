package org.practicereview.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The test profile switches Camunda's webapps off, as production does unless configured. */
@IntegrationTest
@AutoConfigureMockMvc
class CamundaWebappsOffTests {

    @Autowired MockMvc mvc;

    @Test
    void switchedOffTheWebappsAnswerNotFoundToEveryone() throws Exception {
        mvc.perform(get("/camunda/app/")).andExpect(status().isNotFound());
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("off.admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/camunda/app/cockpit/scripts/camunda-cockpit-ui.js").with(user("off.admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEngineRestApiIsAbsent() throws Exception {
        mvc.perform(get("/engine-rest/engine").with(user("off.admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
