package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on the H2 file default: the application runs as a separate process, takes a burst of
 * referrals over the agency API, is killed with SIGKILL while requests are in flight, and is started
 * again on the same database. Every acknowledged referral is there, every unacknowledged one is either
 * wholly there or wholly absent (a retry with its Idempotency-Key replays it or creates it once), and
 * every case has its process waiting at triage. The same on PostgreSQL (embedded, in this JVM; only the
 * application process is killed).
 */
class CrashSafetyTests {

    private static final String ACCOUNT = "demo.health-system";
    private static final String PASSWORD = "practice-review-demo";
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 15;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process child : children) {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aKillMidBurstLosesNoAcknowledgedReferralAndHalfWritesNothing(@TempDir Path dir) throws Exception {
        String dbFile = dir.resolve("practice-review").toString();
        // The default URL's options (application.yml), on a file of this test's own.
        String url = "jdbc:h2:file:" + dbFile + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        crashAndRestart("h2", url, "sa", "", List.of("--spring.profiles.active=demo"));
    }

    @Test
    void aKillMidBurstLosesNothingOnPostgresEither() throws Exception {
        String url = EmbeddedPostgresServer.newDatabase("crash");
        crashAndRestart("postgres", url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, List.of(
                "--spring.profiles.active=postgres,demo",
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                "--practice-review.first-admin.username=" + PostgresDatabase.FIRST_ADMIN,
                "--practice-review.first-admin.password=" + PostgresDatabase.FIRST_ADMIN_PASSWORD));
    }

    private void crashAndRestart(String name, String url, String user, String password, List<String> profileArgs)
            throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;

        Process first = start(url, port, name + "-first", profileArgs);
        awaitReady(first, base, name + "-first");

        // The burst: each client submits referrals with fresh keys until the kill.
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // key -> reference
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> inFlightAtKill = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (!killed.get()) {
                        String key = "crash-" + next.incrementAndGet();
                        sent.add(key);
                        inFlightAtKill.add(key);
                        try {
                            HttpResponse<String> response = submit(base, key);
                            if (response.statusCode() == 201) {
                                acknowledged.put(key, json.readTree(response.body()).get("reference").asText());
                            } else {
                                refused.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            // Refused connection, reset or timeout: unacknowledged.
                        }
                        if (!killed.get()) {
                            inFlightAtKill.remove(key);
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            killed.set(true);
            assertThat(acknowledged).as("acknowledged before the kill; refused: %s", refused.stream().limit(3).toList())
                    .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            first.destroyForcibly(); // SIGKILL on Linux
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        Set<String> unacknowledged = new HashSet<>(sent);
        unacknowledged.removeAll(acknowledged.keySet());
        System.out.printf("crash-safety " + name + ": sent %d, acknowledged %d, in flight at the kill %d, unacknowledged %d%n",
                sent.size(), acknowledged.size(), inFlightAtKill.size(), unacknowledged.size());

        // Restart on the same database.
        Process second = start(url, port, name + "-second", profileArgs);
        awaitReady(second, base, name + "-second");

        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            HttpResponse<String> status = get(base, "/api/referrals/" + ack.getValue());
            assertThat(status.statusCode()).as("acknowledged %s after the restart", ack.getValue()).isEqualTo(200);
            assertThat(json.readTree(status.body()).get("stage").asText()).isEqualTo("TRIAGE");
            HttpResponse<String> replay = submit(base, ack.getKey());
            assertThat(replay.statusCode()).isEqualTo(201);
            assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(json.readTree(replay.body()).get("reference").asText()).isEqualTo(ack.getValue());
        }
        Map<String, String> all = new LinkedHashMap<>(acknowledged);
        int replayed = 0;
        int created = 0;
        for (String key : unacknowledged) {
            HttpResponse<String> retry = submit(base, key);
            assertThat(retry.statusCode()).as("retry of unacknowledged %s: %s", key, retry.body()).isEqualTo(201);
            String reference = json.readTree(retry.body()).get("reference").asText();
            assertThat(all.containsValue(reference)).as("a retry never answers with another request's case").isFalse();
            all.put(key, reference);
            if ("true".equals(retry.headers().firstValue("Idempotent-Replayed").orElse(""))) {
                replayed++;
            } else {
                created++;
            }
            HttpResponse<String> again = submit(base, key);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(json.readTree(again.body()).get("reference").asText()).isEqualTo(reference);
        }
        System.out.printf("crash-safety " + name + ": after the restart %d acknowledged found, unacknowledged retried: %d committed before"
                + " the kill (replayed), %d created once%n", acknowledged.size(), replayed, created);
        assertThat(new HashSet<>(all.values())).as("one case per key").hasSize(all.size());

        second.destroy(); // an orderly stop, so that the test can open the database file
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Connection db = DriverManager.getConnection(url, user, password)) {
            assertThat(count(db, "select count(*) from referral where submitted_by = ?", ACCOUNT))
                    .as("referrals of the burst: acknowledged + created by retries").isEqualTo(acknowledged.size() + replayed + created);
            assertThat(count(db, "select count(*) from api_idempotency_key where username = ?", ACCOUNT)).isEqualTo(all.size());
            assertThat(count(db, "select count(*) from api_idempotency_key where username = ? and case_reference is null", ACCOUNT))
                    .as("idempotency keys without their answer").isZero();
            // Nothing half-written anywhere: every referral has its case, every case its process and children.
            assertThat(count(db, "select count(*) from referral r where not exists"
                    + " (select 1 from case_file c where c.reference = r.case_reference)")).isZero();
            assertThat(count(db, "select count(*) from case_file c where not exists"
                    + " (select 1 from act_hi_procinst p where p.business_key_ = c.reference)")).isZero();
            assertThat(count(db, "select count(*) from referral r where r.submitted_by = ? and (select count(*)"
                    + " from referral_child c where c.referral_id = r.id) <> 2", ACCOUNT)).isZero();
            for (String reference : all.values()) {
                assertThat(count(db, "select count(*) from case_file where reference = ? and stage = 'TRIAGE'", reference)).isEqualTo(1);
                assertThat(count(db, "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                        + " where e.business_key_ = ?", reference))
                        .as("the case %s continues: its process waits at a task", reference).isGreaterThanOrEqualTo(1);
            }
        }
    }

    private HttpResponse<String> submit(String base, String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/referrals"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", basic())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(referral())))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic()).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A referral from the demo health trust's case system, in the API's shape. */
    private static Map<String, Object> referral() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("aboutYou", map("referrerName", "Sam Crashtest", "agencyCode", "NHT", "role", "Named nurse for safeguarding",
                "phone", "01632 960 001", "email", "sam.crashtest@health.example.org", "dslConsulted", "yes"));
        body.put("children", List.of(child("Poppy Crashtest"), child("Alfie Crashtest")));
        body.put("familyMembers", List.of(map("fullName", "Dana Crashtest", "relationship", "Mother",
                "dateOfBirth", "1990-05-01", "address", "1 Test Street, Northtown NT1 4AP")));
        body.put("agencies", List.of(agency("NSP"), agency("NCSC")));
        body.put("circumstances", map("criteriaBelieved", List.of("ABUSE_OR_NEGLECT", "SERIOUS_HARM"),
                "narrative", "The child was admitted to hospital with injuries that the family could not explain.",
                "interAgencyConcerns", "Information was not shared between the school and health.",
                "keyDates", "10 January 2026 - admitted to hospital"));
        body.put("parallelProcesses", map("policeInvestigation", "OPEN", "criminalProceedings", "NONE", "inquest", "NONE",
                "childDeathReview", "NOT_KNOWN", "domesticHomicideReview", "NONE"));
        body.put("purpose", map("purpose", "SCR_CONSIDERATION"));
        return body;
    }

    private static Map<String, Object> child(String name) {
        return map("childName", name, "dateOfBirth", "2019-03-27", "dateOfIncident", "2026-01-10",
                "address", "1 Test Street\nNorthtown", "postcode", "nt1 4ap", "ethnicity", "White British",
                "childProtectionPlan", "PREVIOUS", "openToSocialCare", "yes", "whereabouts", "At home", "carer", "Mother");
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

    private Process start(String url, int port, String name, List<String> profileArgs) throws IOException {
        Path log = Path.of("target", "crash-safety-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "org.practicereview.PracticeReviewApplication"));
        command.addAll(profileArgs);
        command.addAll(List.of(
                "--spring.datasource.url=" + url,
                "--server.port=" + port,
                "--camunda.bpm.job-execution.enabled=true",
                "--practice-review.camunda-webapps.enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process process = builder.start();
        children.add(process);
        return process;
    }

    /**
     * Ready once the application has started (Tomcat answers earlier, before the demo accounts exist;
     * Basic calls then would fail and be throttled) and its home page answers.
     */
    private void awaitReady(Process process, String base, String name) throws Exception {
        Path log = Path.of("target", "crash-safety-" + name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application process is running (see target/crash-safety-*.log)").isTrue();
            if (!Files.readString(log, StandardCharsets.ISO_8859_1).contains("Started PracticeReviewApplication")) {
                Thread.sleep(250);
                continue;
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not answer within 90 s (see target/crash-safety-*.log)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
