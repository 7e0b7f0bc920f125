package org.practicereview.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiDocumentationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void listsBothOperationsWithTheirSecurityAndProblems() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/api/openapi.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode submit = api.at("/paths/~1api~1referrals/post");
        JsonNode status = api.at("/paths/~1api~1referrals~1{reference}/get");
        assertThat(submit.path("operationId").asText()).isEqualTo("submitReferral");
        assertThat(status.path("operationId").asText()).isEqualTo("getReferralStatus");
        assertThat(submit.path("responses").fieldNames()).toIterable().contains("201", "400", "401", "409", "413", "415", "422", "500");
        assertThat(status.path("responses").fieldNames()).toIterable().contains("200", "401", "404");
        assertThat(api.at("/components/securitySchemes").fieldNames()).toIterable().containsExactlyInAnyOrder("bearerToken", "basic");
        assertThat(api.path("paths").fieldNames()).toIterable().allSatisfy(p -> assertThat(p).startsWith("/api/"));
    }

    @Test
    void describesTheRequestWithTheFormKeys() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/api/openapi.json")).andReturn().getResponse().getContentAsString());
        JsonNode request = api.at("/components/schemas/ReferralRequest");
        assertThat(request.at("/properties/children/type").asText()).isEqualTo("array");
        assertThat(request.at("/properties/children/maxItems").asInt()).isEqualTo(12);
        assertThat(request.at("/properties/familyMembers/maxItems").asInt()).isEqualTo(30);
        assertThat(request.at("/properties/agencies/maxItems").asInt()).isEqualTo(20);
        assertThat(request.at("/properties/children/description").asText()).contains("up to 12 children");
        assertThat(request.at("/properties/children/items/properties/childName/maxLength").asInt()).isPositive();
        assertThat(request.at("/properties/children/items/properties/dateOfBirth/format").asText()).isEqualTo("date");
        assertThat(request.at("/properties/aboutYou/properties").fieldNames()).toIterable().contains("referrerName", "agencyCode");
        assertThat(request.at("/properties/purpose/properties/purpose/description").asText())
                .startsWith("Why are you making this referral? SCR_CONSIDERATION")
                .contains("2018 arrangements", "serious incident, for notification to the national panel and a rapid review");
        assertThat(api.at("/paths/~1api~1referrals/post/requestBody/content/application~1json/example/children/0/childName").asText())
                .isEqualTo("Poppy Testchild");
        assertThat(api.at("/paths/~1api~1referrals/post/responses/201/headers/Location").isMissingNode()).isFalse();
    }

    @Test
    void servesNoSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isIn(302, 401, 404));
    }
}
