package org.practicereview.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The requests a real client makes, over real HTTP: an agency case system posting referrals to the
 * API (bearer token, or Basic for the comparison), and a signed-in person using the pages (session
 * cookie, CSRF token from the page, form posts). Anything but the expected answer throws.
 */
final class AppClient {

    static final String PASSWORD = "practice-review-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TASK_LINK = Pattern.compile("href=\"/tasks/([0-9a-f-]{36})\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERRAL_BODY = referralBody();

    private final String base;
    private final HttpClient http;
    private String csrf;
    /**
     * The session cookie is Secure, and Java's cookie store (unlike a browser on localhost) never sends a
     * Secure cookie over plain HTTP, so the cookies are kept here.
     */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    private AppClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** A client without a session (the API, the public pages). */
    static AppClient anonymous(String base) {
        return new AppClient(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A person signed in through the sign-in page, with a session of their own. */
    static AppClient signedIn(String base, String username) throws IOException, InterruptedException {
        AppClient client = anonymous(base);
        String token = client.csrfOf(client.page("/sign-in"));
        HttpResponse<String> response = client.postForm("/sign-in",
                Map.of("username", username, "password", PASSWORD, "_csrf", token));
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode());
        }
        client.csrf = client.csrfOf(client.page("/tasks")); // where a coordinator lands; the sign-out form carries the token
        return client;
    }

    /** POST /api/referrals; returns the new case's reference. */
    String submitReferral(String authorization, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/referrals"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(REFERRAL_BODY)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("referral refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("reference").asText();
    }

    /** Opens the case page and returns the id of the one task on it that this person may act on. */
    String taskOnCasePage(String reference) throws IOException, InterruptedException {
        String page = page("/cases/" + reference);
        Matcher m = TASK_LINK.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no task this person may act on is linked from the page of " + reference);
        }
        return m.group(1);
    }

    /** Posts the triage form (complete, in area, accepted), as the task page's button does. */
    void acceptAtTriage(String taskId) throws IOException, InterruptedException {
        HttpResponse<String> response = postForm("/tasks/" + taskId,
                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED", "_csrf", csrf));
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/tasks")) {
            throw new IllegalStateException("triage of task " + taskId + " not completed: " + response.statusCode());
        }
    }

    /** GETs a page and checks it answered 200 with the text expected on it. */
    String page(String path, String expected) throws IOException, InterruptedException {
        String body = page(path);
        if (expected != null && !body.contains(expected)) {
            throw new IllegalStateException(path + " answered without \"" + expected + "\"");
        }
        return body;
    }

    String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** A complete referral in the API's shape; every person and place in it is invented. */
    private static String referralBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aboutYou", map("referrerName", "Robin Benchmark", "agencyCode", "NHT", "role", "Named nurse for safeguarding",
                "phone", "01632 960 002", "email", "robin.benchmark@health.example.org", "dslConsulted", "yes"));
        body.put("children", List.of(child("Maple Benchmark")));
        body.put("familyMembers", List.of(map("fullName", "Rowan Benchmark", "relationship", "Father",
                "dateOfBirth", "1988-02-03", "address", "2 Sample Road, Northtown NT1 4AQ")));
        body.put("agencies", List.of(agency("NSP"), agency("NCSC")));
        body.put("circumstances", map("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", "SERIOUS_HARM"),
                "narrative", "An invented case for the benchmark: the child was admitted to hospital with an unexplained injury.",
                "interAgencyConcerns", "Invented: information was not shared between the school and health.",
                "keyDates", "12 February 2026 - admitted to hospital"));
        body.put("parallelProcesses", map("policeInvestigation", "OPEN", "criminalProceedings", "NONE", "inquest", "NONE",
                "childDeathReview", "NOT_KNOWN", "domesticHomicideReview", "NONE"));
        body.put("purpose", map("purpose", "SCR_CONSIDERATION"));
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> child(String name) {
        return map("childName", name, "dateOfBirth", "2018-06-14", "dateOfIncident", "2026-02-12",
                "address", "2 Sample Road\nNorthtown", "postcode", "nt1 4aq", "ethnicity", "Not known",
                "childProtectionPlan", "NEVER", "openToSocialCare", "yes", "whereabouts", "With a relative", "carer", "Aunt");
    }

    private static Map<String, Object> agency(String code) {
        return map("agencyCode", code, "contactRole", "Designated safeguarding lead", "stillInvolved", "yes");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
