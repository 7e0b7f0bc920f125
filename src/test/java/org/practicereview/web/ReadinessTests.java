package org.practicereview.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Until Spring Boot says the application accepts traffic, nobody gets a page that cannot work yet. */
@IntegrationTest
class ReadinessTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void aPageAskedForWhileStartingSaysSoWith503AndRetryAfter() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        mvc.perform(get("/sign-in"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(containsString("The service is starting")))
                .andExpect(content().string(containsString("Try again in a few seconds")));
        mvc.perform(get("/api/referrals/PR-2026-0001"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("OUT_OF_SERVICE")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
    }

    @Test
    void onceReadyTheSameAddressesAnswer() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk()).andExpect(content().string(containsString("Sign in")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void onlyTheHealthEndpointIsExposedAndWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("components"))));
        mvc.perform(get("/actuator/env").with(user("readiness.admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user("readiness.admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
