package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on the H2 file default: the application runs as a separate process and takes a burst
 * of two kinds of work at once: referrals over the agency API, and triage completions made the way a
 * coordinator's browser makes them (signed in through the sign-in form with a session cookie, the
 * task page opened, its form posted with the page's CSRF token, the confirmation read on the task
 * list). Before the burst, referrals are made so that triage tasks exist; once those are done, the
 * coordinators take the triage tasks of cases referred during the burst from their task lists. The
 * process is killed with SIGKILL at a moment when both kinds are in flight, and started again on the
 * same database. Then:
 * <ul>
 * <li>every acknowledged referral is there, every unacknowledged one is either wholly there or wholly
 * absent (a retry with its Idempotency-Key replays it or creates it once);</li>
 * <li>every acknowledged completion is there: the triage task is gone, the case is at the next task
 * (on the demo board's 2018 route, recording when the local authority became aware) and stage, with exactly one kept form submission, one triage record and
 * one TASK_COMPLETED trail entry for it;</li>
 * <li>every unacknowledged completion is either wholly done (task gone, case at the next stage) or
 * wholly not done (task open, case at triage), and posting the form again after the restart completes
 * it or says plainly that it has already been completed; in the end each is stored once, never twice
 * and never half;</li>
 * <li>the triage tasks the burst did not reach are untouched and still open, every case's process
 * waits at a task, and the auditor's verification finds the trail intact.</li>
 * </ul>
 * The same on PostgreSQL (embedded, in this JVM; only the application process is killed).
 */
@Tag(Tiers.INTEGRATION)
class CrashSafetyTests {

    private static final String ACCOUNT = "demo.health-system";
    private static final String COORDINATOR = "demo.coordinator";
    private static final String AUDITOR = "demo.auditor";
    private static final String PASSWORD = "practice-review-demo";
    private static final int REFERRAL_CLIENTS = 3;
    private static final int COMPLETION_CLIENTS = 2;
    private static final int CASES_BEFORE_BURST = 16;
    private static final int ACKNOWLEDGED_REFERRALS_BEFORE_KILL = 12;
    private static final int ACKNOWLEDGED_COMPLETIONS_BEFORE_KILL = 8;
    private static final String TRIAGE = "Task_TriageReferral";
    private static final String ALREADY_COMPLETED = "This task has already been completed by someone else, or is no longer open.";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    /**
     * Where an accepted referral goes next. The demo board follows the 2018 arrangements once it is built, so a
     * referral made during the burst is a serious incident for the notification: its first step follows triage.
     */
    private static final String NEXT_TASK = "Record when the local authority became aware";
    private static final String NEXT_TASK_KEY = "Task_RecordAwareness";
    private static final String NEXT_STAGE = "NOTIFICATION";

    private static final Pattern NEXT_PAGE = Pattern.compile("href=\"(/tasks[^\"]*)\" rel=\"next\"");
    private static final Pattern TASK_ROW = Pattern.compile(
            ">(PR-\\d{4}-\\d{4,6})</td>\\s*<td[^>]*>\\s*<a[^>]*href=\"/tasks/([^\"/]+)\"[^>]*>([^<]+)</a>");

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
    void aKillMidBurstLosesNoAcknowledgedReferralOrCompletionAndHalfWritesNothing(@TempDir Path dir) throws Exception {
        String dbFile = dir.resolve("practice-review").toString();
        // The default URL's options (application.yml), on a file of this test's own.
        String url = "jdbc:h2:file:" + dbFile + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
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
        long began = System.nanoTime();
        int port = freePort();
        String base = "http://localhost:" + port;

        Process first = start(url, port, name + "-first", profileArgs);
        awaitReady(first, base, name + "-first");

        Burst burst = burst(name, base, first);

        // Restart on the same database.
        Process second = start(url, port, name + "-second", profileArgs);
        awaitReady(second, base, name + "-second");
        long restarted = System.nanoTime();

        Retried retried = referralsAfterRestart(name, base, burst);
        completionsAfterRestart(name, base, burst);
        trailIsIntact(base);

        long checked = System.nanoTime();
        second.destroy(); // an orderly stop, so that the test can open the database file
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

        databaseHoldsEachOnceAndWhole(url, user, password, burst, retried);
        System.out.printf("crash-safety " + name + ": %d s in all: %d s up to the restart's readiness, %d s of checks and retries"
                + " over HTTP, %d s for the orderly stop and the database checks%n", seconds(began, System.nanoTime()),
                seconds(began, restarted), seconds(restarted, checked), seconds(checked, System.nanoTime()));
    }

    /** What the burst left: which requests were acknowledged before the kill, and which were not. */
    private record Burst(Map<String, String> caseOfTask, Set<String> casesBeforeTheBurst, Map<String, String> acknowledged,
                         Set<String> unacknowledged, Set<String> completionsAcknowledged,
                         Set<String> completionsUnacknowledged, Set<String> untouched) {}

    /** The unacknowledged referrals retried after the restart: every key with its case, and how each retry answered. */
    private record Retried(Map<String, String> all, int replayed, int created) {}

    /**
     * Cases made and waiting at triage, then the burst of referrals and triage completions, killed with
     * SIGKILL once enough of both are acknowledged and both are in flight.
     */
    private Burst burst(String name, String base, Process first) throws Exception {
        // Before the burst: cases waiting at triage, each acknowledged, and their triage tasks as the
        // coordinator's task list shows them.
        Map<String, String> caseOfTask = new ConcurrentHashMap<>(triageTasksOf(base, casesBeforeTheBurst(base)));
        Set<String> casesBeforeTheBurst = new HashSet<>(caseOfTask.values());
        Set<String> casesTaken = ConcurrentHashMap.newKeySet();
        casesTaken.addAll(casesBeforeTheBurst);
        Queue<String> work = new ConcurrentLinkedQueue<>(caseOfTask.keySet());
        List<WebUser> coordinators = new ArrayList<>();
        for (int c = 0; c < COMPLETION_CLIENTS; c++) {
            coordinators.add(WebUser.signIn(http, base, COORDINATOR));
        }

        // The burst: referral clients submit with fresh keys; completion clients, each in its own
        // signed-in session, triage the cases above and then those referred (and acknowledged) during
        // the burst, as their task list shows them, until the kill.
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // key -> reference
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> inFlightAtKill = ConcurrentHashMap.newKeySet();
        Set<String> completionsAcknowledged = ConcurrentHashMap.newKeySet(); // task ids
        Set<String> completionsAttempted = ConcurrentHashMap.newKeySet();
        Set<String> completionsInFlightAtKill = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        Object killSwitch = new Object(); // a request leaves the in-flight sets only before the kill
        AtomicInteger next = new AtomicInteger();
        List<String> refused = new CopyOnWriteArrayList<>();
        List<String> refusedCompletions = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(REFERRAL_CLIENTS + COMPLETION_CLIENTS);
        try {
            for (int c = 0; c < REFERRAL_CLIENTS; c++) {
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
                        synchronized (killSwitch) {
                            if (!killed.get()) {
                                inFlightAtKill.remove(key);
                            }
                        }
                    }
                    return null;
                });
            }
            for (int c = 0; c < COMPLETION_CLIENTS; c++) {
                WebUser coordinator = coordinators.get(c);
                clients.submit(() -> {
                    while (!killed.get()) {
                        String taskId = work.poll();
                        if (taskId == null) {
                            takeNewTriageTasks(coordinator, acknowledged, casesTaken, caseOfTask, work);
                            if (work.isEmpty()) {
                                Thread.sleep(20);
                            }
                            continue;
                        }
                        completionsAttempted.add(taskId);
                        completionsInFlightAtKill.add(taskId);
                        try {
                            String outcome = coordinator.triage(taskId, caseOfTask.get(taskId));
                            if (outcome.equals("completed")) {
                                completionsAcknowledged.add(taskId);
                            } else {
                                refusedCompletions.add(outcome);
                            }
                        } catch (Exception e) {
                            // Refused connection, reset or timeout at any of the page's requests: unacknowledged.
                        }
                        synchronized (killSwitch) {
                            if (!killed.get()) {
                                completionsInFlightAtKill.remove(taskId);
                            }
                        }
                    }
                    return null;
                });
            }
            // The kill: once enough of both kinds are acknowledged, at a moment when both kinds are in flight.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (!killed.get() && System.nanoTime() < deadline) {
                synchronized (killSwitch) {
                    if (acknowledged.size() >= ACKNOWLEDGED_REFERRALS_BEFORE_KILL
                            && completionsAcknowledged.size() >= ACKNOWLEDGED_COMPLETIONS_BEFORE_KILL
                            && !inFlightAtKill.isEmpty() && !completionsInFlightAtKill.isEmpty()) {
                        killed.set(true);
                    }
                }
                Thread.sleep(1);
            }
            killed.set(true);
            first.destroyForcibly(); // SIGKILL on Linux
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).as("referrals acknowledged before the kill; refused: %s", refused.stream().limit(3).toList())
                    .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_REFERRALS_BEFORE_KILL);
            assertThat(completionsAcknowledged).as("completions acknowledged before the kill")
                    .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_COMPLETIONS_BEFORE_KILL);
        } finally {
            killed.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(refusedCompletions).as("no completion refused before the kill").isEmpty();
        assertThat(inFlightAtKill).as("referrals in flight at the kill").isNotEmpty();
        assertThat(completionsInFlightAtKill).as("completions in flight at the kill").isNotEmpty();
        Set<String> unacknowledged = new HashSet<>(sent);
        unacknowledged.removeAll(acknowledged.keySet());
        Set<String> completionsUnacknowledged = new HashSet<>(completionsAttempted);
        completionsUnacknowledged.removeAll(completionsAcknowledged);
        Set<String> untouched = new HashSet<>(caseOfTask.keySet());
        untouched.removeAll(completionsAttempted);
        System.out.printf("crash-safety " + name + ": referrals sent %d, acknowledged %d, in flight at the kill %d, unacknowledged %d;"
                        + " triage completions (of %d taken, %d made before the burst) attempted %d, acknowledged %d, in flight at the kill %d, unacknowledged %d%n",
                sent.size(), acknowledged.size(), inFlightAtKill.size(), unacknowledged.size(), caseOfTask.size(), casesBeforeTheBurst.size(),
                completionsAttempted.size(), completionsAcknowledged.size(), completionsInFlightAtKill.size(),
                completionsUnacknowledged.size());
        return new Burst(caseOfTask, casesBeforeTheBurst, acknowledged, unacknowledged, completionsAcknowledged,
                completionsUnacknowledged, untouched);
    }

    /** Every acknowledged referral is there; every unacknowledged one, retried with its key, is created once or replayed. */
    private Retried referralsAfterRestart(String name, String base, Burst burst) throws Exception {
        Map<String, String> acknowledged = burst.acknowledged();
        Map<String, String> caseOfTask = burst.caseOfTask();
        Set<String> casesBeforeTheBurst = burst.casesBeforeTheBurst();
        Set<String> unacknowledged = burst.unacknowledged();

        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            HttpResponse<String> status = get(base, "/api/referrals/" + ack.getValue());
            assertThat(status.statusCode()).as("acknowledged %s after the restart", ack.getValue()).isEqualTo(200);
            if (!caseOfTask.containsValue(ack.getValue())) { // (those triaged in the burst: below)
                assertThat(json.readTree(status.body()).get("stage").asText()).isEqualTo("TRIAGE");
            }
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
            assertThat(casesBeforeTheBurst.contains(reference)).as("a retry never answers with a case made before the burst").isFalse();
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
        System.out.printf("crash-safety " + name + ": after the restart %d acknowledged referrals found, unacknowledged retried: %d"
                + " committed before the kill (replayed), %d created once%n", acknowledged.size(), replayed, created);
        assertThat(new HashSet<>(all.values())).as("one case per key").hasSize(all.size());
        return new Retried(all, replayed, created);
    }

    /**
     * The completions, as the coordinator (signed in again, her task list) and, for those not
     * acknowledged, the referrer's system (the case's stage) see them.
     */
    private void completionsAfterRestart(String name, String base, Burst burst) throws Exception {
        Map<String, String> caseOfTask = burst.caseOfTask();
        Set<String> completionsAcknowledged = burst.completionsAcknowledged();
        Set<String> completionsUnacknowledged = burst.completionsUnacknowledged();
        Set<String> untouched = burst.untouched();
        WebUser coordinator = WebUser.signIn(http, base, COORDINATOR);
        Map<String, String[]> listed = coordinator.taskList(); // task id -> {case reference, task name}
        assertThat(listed).isNotEmpty();
        for (String taskId : completionsAcknowledged) {
            String reference = caseOfTask.get(taskId);
            assertThat(listed).as("acknowledged completion of %s: the triage task is gone", reference).doesNotContainKey(taskId);
            assertThat(listed.values()).as("acknowledged completion of %s: the next task is listed", reference)
                    .anySatisfy(t -> assertThat(t).containsExactly(reference, NEXT_TASK));
        }
        for (String taskId : untouched) {
            assertThat(listed).as("untouched triage of %s", caseOfTask.get(taskId)).containsKey(taskId);
        }
        int doneBeforeTheKill = 0;
        int doneByTheRetry = 0;
        for (String taskId : completionsUnacknowledged) {
            String reference = caseOfTask.get(taskId);
            boolean done = !listed.containsKey(taskId);
            assertThat(listed.values().stream().filter(t -> t[0].equals(reference)).map(t -> t[1]))
                    .as("unacknowledged completion of %s: one task listed, at triage or after it", reference)
                    .containsExactly(done ? NEXT_TASK : "Triage referral");
            assertThat(stageOf(base, reference)).as("unacknowledged completion of %s: the stage agrees with the task", reference)
                    .isEqualTo(done ? NEXT_STAGE : "TRIAGE");
            // The coordinator posts the form again (with a token of the new session), and once more.
            String retry = coordinator.resubmitTriage(taskId, reference);
            assertThat(retry).as("retry of the completion of %s", reference).isEqualTo(done ? "already completed" : "completed");
            assertThat(coordinator.resubmitTriage(taskId, reference)).as("a second retry").isEqualTo("already completed");
            if (done) {
                doneBeforeTheKill++;
            } else {
                doneByTheRetry++;
            }
        }
        System.out.printf("crash-safety " + name + ": after the restart %d acknowledged completions found; unacknowledged retried: %d"
                + " committed before the kill (told already completed), %d completed by the retry; %d untouched%n",
                completionsAcknowledged.size(), doneBeforeTheKill, doneByTheRetry, untouched.size());
    }

    private void trailIsIntact(String base) throws Exception {
        WebUser auditor = WebUser.signIn(http, base, AUDITOR);
        HttpResponse<String> verification = auditor.get("/audit/verify");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body()).as("the auditor's verification of the whole trail").contains("The trail is intact")
                .doesNotContain("The trail is broken");
    }

    /** Nothing half-written and nothing twice, read straight from the database once the application has stopped. */
    private void databaseHoldsEachOnceAndWhole(String url, String user, String password, Burst burst, Retried retried)
            throws SQLException {
        Map<String, String> caseOfTask = burst.caseOfTask();
        Set<String> casesBeforeTheBurst = burst.casesBeforeTheBurst();
        Map<String, String> acknowledged = burst.acknowledged();
        Set<String> untouched = burst.untouched();
        Map<String, String> all = retried.all();
        int replayed = retried.replayed();
        int created = retried.created();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            assertThat(count(db, "select count(*) from referral where submitted_by = ?", ACCOUNT))
                    .as("referrals: before the burst + acknowledged + created by retries")
                    .isEqualTo(casesBeforeTheBurst.size() + acknowledged.size() + replayed + created);
            assertThat(count(db, "select count(*) from api_idempotency_key where username = ?", ACCOUNT))
                    .isEqualTo(casesBeforeTheBurst.size() + all.size());
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
                if (caseOfTask.containsValue(reference)) {
                    continue; // triaged in the burst: below
                }
                assertThat(count(db, "select count(*) from case_file where reference = ? and stage = 'TRIAGE'", reference)).isEqualTo(1);
                assertThat(openTasks(db, reference, TRIAGE)).as("the case %s continues: its process waits at triage", reference).isOne();
            }
            // Every completed triage once, whole; every untouched one not at all.
            assertThat(count(db, "select count(*) - count(distinct task_id) from form_submission where task_id is not null"))
                    .as("no task has two kept submissions").isZero();
            for (Map.Entry<String, String> task : caseOfTask.entrySet()) {
                String taskId = task.getKey();
                String reference = task.getValue();
                long expected = untouched.contains(taskId) ? 0 : 1;
                assertThat(count(db, "select count(*) from form_submission where task_id = ? and case_reference = ?"
                        + " and form_id = 'triage-referral'", taskId, reference)).as("%s: kept submissions", reference).isEqualTo(expected);
                assertThat(count(db, "select count(*) from form_submission where case_reference = ? and task_id is not null", reference))
                        .as("%s: no other task's submission", reference).isEqualTo(expected);
                assertThat(count(db, "select count(*) from trail_event where case_reference = ? and action = 'TASK_COMPLETED'"
                        + " and details like 'Task_TriageReferral%'", reference)).as("%s: trail entries", reference).isEqualTo(expected);
                assertThat(count(db, "select count(*) from triage where case_reference = ?", reference)).isEqualTo(expected);
                assertThat(count(db, "select count(*) from act_ru_task where id_ = ?", taskId)).isEqualTo(1 - expected);
                assertThat(count(db, "select count(*) from act_hi_taskinst where id_ = ? and delete_reason_ = 'completed'", taskId))
                        .isEqualTo(expected);
                assertThat(count(db, "select count(*) from case_file where reference = ? and stage = ?", reference,
                        expected == 1 ? NEXT_STAGE : "TRIAGE")).isOne();
                assertThat(openTasks(db, reference, expected == 1 ? NEXT_TASK_KEY : TRIAGE))
                        .as("the case %s continues at its next task", reference).isOne();
                assertThat(count(db, "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                        + " where e.business_key_ = ?", reference)).as("%s: one open task", reference).isOne();
            }
        }
    }

    private static long seconds(long from, long to) {
        return TimeUnit.NANOSECONDS.toSeconds(to - from);
    }

    /** Referrals made before the burst, each acknowledged; their references. */
    private List<String> casesBeforeTheBurst(String base) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REFERRAL_CLIENTS);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < CASES_BEFORE_BURST; i++) {
                String key = "before-burst-" + i;
                responses.add(pool.submit(() -> submit(base, key)));
            }
            List<String> references = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                HttpResponse<String> created = response.get(60, TimeUnit.SECONDS);
                assertThat(created.statusCode()).as("referral before the burst: %s", created.body()).isEqualTo(201);
                references.add(json.readTree(created.body()).get("reference").asText());
            }
            return references;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Adds to the work the triage tasks, on this coordinator's task list, of cases referred and
     * acknowledged during the burst that no completion client has taken yet.
     */
    private static void takeNewTriageTasks(WebUser coordinator, Map<String, String> acknowledged, Set<String> casesTaken,
                                           Map<String, String> caseOfTask, Queue<String> work) {
        try {
            Set<String> referred = new HashSet<>(acknowledged.values());
            coordinator.taskList().forEach((taskId, row) -> {
                if (row[1].equals("Triage referral") && referred.contains(row[0]) && casesTaken.add(row[0])) {
                    caseOfTask.put(taskId, row[0]);
                    work.add(taskId);
                }
            });
        } catch (Exception e) {
            // Killed meanwhile: no new work.
        }
    }

    /** The triage tasks of these cases as the coordinator's task list links them: task id -> case reference. */
    private Map<String, String> triageTasksOf(String base, List<String> references) throws Exception {
        Map<String, String> tasks = new LinkedHashMap<>();
        WebUser.signIn(http, base, COORDINATOR).taskList().forEach((taskId, row) -> {
            if (row[1].equals("Triage referral") && references.contains(row[0])) {
                tasks.put(taskId, row[0]);
            }
        });
        assertThat(new HashSet<>(tasks.values())).as("one triage task per case on the coordinator's list")
                .containsExactlyInAnyOrderElementsOf(references);
        assertThat(tasks).hasSize(references.size());
        return tasks;
    }

    private String stageOf(String base, String reference) throws Exception {
        HttpResponse<String> status = get(base, "/api/referrals/" + reference);
        assertThat(status.statusCode()).as("status of %s", reference).isEqualTo(200);
        return json.readTree(status.body()).get("stage").asText();
    }

    private static long openTasks(Connection db, String reference, String taskKey) throws SQLException {
        return count(db, "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " where e.business_key_ = ? and t.task_def_key_ = ?", reference, taskKey);
    }


    /**
     * A person in a browser: signs in through the sign-in form, keeps the session cookie, and sends a
     * page's CSRF token with each form it posts. Follows no redirects by itself; reads the banner on
     * the page it is sent to, as a person would.
     */
    private static final class WebUser {

        private final HttpClient http;
        private final String base;
        private volatile String cookie;

        private WebUser(HttpClient http, String base, String cookie) {
            this.http = http;
            this.base = base;
            this.cookie = cookie;
        }

        static WebUser signIn(HttpClient http, String base, String username) throws Exception {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(200);
            WebUser anonymous = new WebUser(http, base, sessionCookie(form));
            HttpResponse<String> signedIn = anonymous.post("/sign-in", csrfOf(form) + "&username=" + encode(username)
                    + "&password=" + encode(PASSWORD));
            assertThat(signedIn.statusCode()).as("sign-in of %s", username).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
            return new WebUser(http, base, sessionCookie(signedIn));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> taskPage(String taskId) throws IOException, InterruptedException {
            return get("/tasks/" + taskId);
        }

        /**
         * The rows of the whole task list, every page of it (following "Next" as a person does): task id ->
         * {case reference, task name}; none unless it answers.
         */
        Map<String, String[]> taskList() throws IOException, InterruptedException {
            Map<String, String[]> rows = new LinkedHashMap<>();
            String path = "/tasks";
            for (int pages = 0; path != null && pages < 100; pages++) {
                String body = get(path).body();
                Matcher row = TASK_ROW.matcher(body);
                while (row.find()) {
                    rows.put(row.group(2), new String[] {row.group(1), row.group(3)});
                }
                Matcher next = NEXT_PAGE.matcher(body);
                path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            }
            return rows;
        }

        /** Opens the task page, posts the triage form from it, and reads the banner of the task list. */
        String triage(String taskId, String reference) throws Exception {
            HttpResponse<String> page = taskPage(taskId);
            if (page.statusCode() != 200) {
                return "task page answered " + page.statusCode();
            }
            if (!page.body().contains(reference) || !page.body().contains("name=\"outcome\"")) {
                return "task page without the triage form of " + reference;
            }
            return postTriage(taskId, reference, page);
        }

        /**
         * Posts the triage form again, as someone does who was not shown whether it went through: with
         * the token of a page of the current session (the task list's sign-out form).
         */
        String resubmitTriage(String taskId, String reference) throws Exception {
            return postTriage(taskId, reference, get("/tasks"));
        }

        private String postTriage(String taskId, String reference, HttpResponse<String> pageWithToken) throws Exception {
            HttpResponse<String> posted = post("/tasks/" + taskId, csrfOf(pageWithToken)
                    + "&complete=yes&inArea=yes&outcome=ACCEPTED&duplicateOf=&questionsForReferrer="
                    + "&notes=" + encode("Accepted after the crash-safety burst."));
            if (posted.statusCode() != 302 || !posted.headers().firstValue("Location").orElse("").endsWith("/tasks")) {
                return "form answered " + posted.statusCode();
            }
            String banner = get("/tasks").body();
            if (banner.contains("Triage referral completed for " + reference)) {
                return "completed";
            }
            if (banner.contains(ALREADY_COMPLETED)) {
                return "already completed";
            }
            return "no banner after the form";
        }

        private static String csrfOf(HttpResponse<String> page) {
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the page carries a CSRF token").isTrue();
            return "_csrf=" + encode(token.group(1));
        }

        private static String sessionCookie(HttpResponse<?> response) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                    .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
        // A deadline, not a wait: on a busy 2-core machine a start on PostgreSQL took more than 90 s.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
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
        throw new AssertionError("the application did not answer within 180 s (see target/crash-safety-*.log)");
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
