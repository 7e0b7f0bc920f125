package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    @BeforeEach
    void people() {
        if (!users.exists("webapps.admin")) {
            users.create(new NewUser("webapps.admin", "Ada Administrator", "ada@example.org", Set.of(Role.ADMIN), null, PASSWORD));
            users.create(new NewUser("webapps.chair", "Chris Chair", null, Set.of(Role.CHAIR), null, PASSWORD));
        }
    }

    @Test
    void anAdministratorSignedInThroughOurPageOpensCockpitAndTasklistAsThemselves() throws Exception {
        Browser admin = signedIn("webapps.admin");

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
        Browser admin = signedIn("webapps.admin");
        admin.get("/camunda/app/admin/" + ENGINE + "/");

        HttpResponse<String> profile = admin.get("/camunda/api/engine/engine/" + ENGINE + "/user/webapps.chair/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"firstName\":\"Chris\"").contains("\"lastName\":\"Chair\"");
        HttpResponse<String> groups = admin.get("/camunda/api/engine/engine/" + ENGINE + "/group?member=webapps.admin");
        assertThat(groups.body()).contains("\"id\":\"ADMIN\"").contains("\"id\":\"camunda-admin\"");
    }

    @Test
    void theWebappsCannotCreateUsersOfTheirOwn() throws Exception {
        Browser admin = signedIn("webapps.admin");
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
        Browser chair = signedIn("webapps.chair");

        assertThat(chair.get("/camunda/app/cockpit/" + ENGINE + "/").statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/app/tasklist/" + ENGINE + "/").statusCode()).isEqualTo(403);
        // The API resources are servlets of their own, outside Spring MVC: the security chain must see them too.
        assertThat(chair.get("/camunda/api/admin/auth/user/" + ENGINE).statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/api/engine/engine/" + ENGINE + "/user").statusCode()).isEqualTo(403);
        assertThat(chair.get("/camunda/api/cockpit/plugin/base/" + ENGINE + "/process-definition/statistics").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorsAreSentToOurSignInPage() throws Exception {
        HttpResponse<String> response = new Browser().get("/camunda/app/cockpit/" + ENGINE + "/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        assertThat(new Browser().get("/camunda/api/admin/auth/user/" + ENGINE).statusCode()).isEqualTo(302);
    }

    @Test
    void theEngineRestApiIsAbsent() throws Exception {
        assertThat(signedIn("webapps.admin").get("/engine-rest/engine").statusCode()).isEqualTo(404);
    }

    private Browser signedIn(String username) throws Exception {
        Browser browser = new Browser();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.get("/sign-in").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signIn = browser.post("/sign-in",
                Map.of("username", username, "password", PASSWORD, "_csrf", csrf.group(1)));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        return browser;
    }

    /**
     * Keeps cookies itself: the session cookie is {@code Secure}, which the JDK's cookie handler
     * rightly never sends over plain http, even to localhost.
     */
    private final class Browser {

        private final HttpClient client = HttpClient.newHttpClient();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        /** A JSON request as Camunda's webapps send it, with their CSRF token from the cookie. */
        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            return response;
        }
    }
}
