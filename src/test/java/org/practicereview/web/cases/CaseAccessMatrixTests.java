package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.Users;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every role and anonymous visitors against every page and action so far. Codes: 200 shown, 404 refused
 * without admitting the case or task exists, 403 a page of another role, 302 sent to sign in. One row
 * per request; the columns follow {@link #WHO}.
 */
@IntegrationTest
class CaseAccessMatrixTests {

    static final List<String> WHO = List.of("referring agency", "other agency", "coordinator", "PRG member", "chair",
            "appointed reviewer", "other reviewer", "auditor", "admin", "anonymous");

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired ApplicationContext context;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @Test
    void everyRoleGetsExactlyWhatThePolicyAllows() throws Exception {
        CaseReference inReview = world.atReview();
        CaseReference inRound = world.atAgencyRound();
        String requestToReferrersAgency = world.task(inRound, "Task_ProvideAgencySummary").getId();
        String review = "/cases/" + inReview.value();
        String round = "/cases/" + inRound.value();

        Map<String, Supplier<MockHttpServletRequestBuilder>> requests = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        //       request                                                  ref.ag other coord member chair rev  other aud  admin anon
        row(requests, expected, () -> get("/tasks"),                            "200 200 200 200 200 200 200 200 200 302");
        row(requests, expected, () -> get("/tasks/" + requestToReferrersAgency), "200 404 404 404 404 404 404 404 404 302");
        row(requests, expected, () -> get("/cases"),                            "404 404 200 200 200 200 200 200 404 302");
        row(requests, expected, () -> get(review),                              "404 404 200 200 200 200 404 200 404 302");
        row(requests, expected, () -> get(round),                               "404 404 200 200 200 404 404 200 404 302");
        row(requests, expected, () -> get("/cases/PR-2026-99999"),              "404 404 404 404 404 404 404 404 404 302");
        row(requests, expected, () -> get(round + "/close-agency-round"),       "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> post(round + "/close-agency-round").with(csrf()).param("reason", ""),
                                                                          "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> get(review + "/proceedings-concluded"),   "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> get(review + "/close-agency-report-round"), "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> get(review + "/lead-reviewer"),           "404 404 404 404 200 404 404 404 404 302");
        row(requests, expected, () -> get(round + "/tasks/" + requestToReferrersAgency + "/withdraw"),
                                                                          "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> get(round + "/tasks/" + requestToReferrersAgency + "/reassign"),
                                                                          "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> post(review + "/proceedings-concluded").with(csrf()),
                                                                          "404 404 200 404 404 404 404 404 404 302");
        row(requests, expected, () -> get("/my-referrals"),                     "200 200 403 403 403 403 403 403 403 302");
        row(requests, expected, () -> get("/my-referrals/" + inReview.value()), "200 404 403 403 403 403 403 403 403 302");
        row(requests, expected, () -> get("/referrals/new"),                    "200 200 403 403 403 403 403 403 403 302");
        row(requests, expected, () -> get("/sign-in"),                          "200 200 200 200 200 200 200 200 200 200");
        row(requests, expected, () -> get("/"),                                 "200 200 200 200 200 200 200 200 200 200");
        row(requests, expected, () -> get("/camunda/app/"),                     "404 404 404 404 404 404 404 404 404 404");

        List<String> users = List.of(world.referrer, world.otherAgency, world.coordinator, world.member, world.chair,
                world.reviewer, world.otherReviewer, world.auditor, world.admin);
        List<String> wrong = new ArrayList<>();
        for (var entry : requests.entrySet()) {
            String[] codes = expected.get(entry.getKey()).split(" +");
            for (int i = 0; i < WHO.size(); i++) {
                MockHttpServletRequestBuilder request = entry.getValue().get();
                if (i < users.size()) {
                    request = request.with(world.as(users.get(i)));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String got = outcome(response);
                if (!got.equals(codes[i])) {
                    wrong.add(entry.getKey() + " as " + WHO.get(i) + ": expected " + codes[i] + ", got " + got);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void row(Map<String, Supplier<MockHttpServletRequestBuilder>> requests, Map<String, String> expected,
                            Supplier<MockHttpServletRequestBuilder> request, String codes) {
        var built = request.get().buildRequest(new org.springframework.mock.web.MockServletContext());
        String name = built.getMethod() + " " + built.getRequestURI();
        requests.put(name, request);
        expected.put(name, codes.strip());
    }

    private static String outcome(MockHttpServletResponse response) {
        if (response.getStatus() == 302) {
            String location = response.getRedirectedUrl();
            return location != null && location.contains("/sign-in") ? "302" : "302 to " + location;
        }
        return Integer.toString(response.getStatus());
    }
}
