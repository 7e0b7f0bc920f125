package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.Users;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.referral.ReferralService;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.practicereview.workflow.TaskInbox;
import org.practicereview.workflow.TaskNotAvailableException;
import org.practicereview.workflow.UserTasks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes, each a whole Spring application with its own web server, engine (nodeA,
 * nodeB, each with its own hostname in Camunda's history) and job executor switched on, on one
 * PostgreSQL database: referrals are submitted on A, tasks claimed and completed on B (two threads),
 * one triage raced from both nodes at once, and the agency reminder timers (one per case, all due at
 * once) fired by whichever job executor locks them first. Each executor takes one job at a time and
 * holds at most two, so neither can lock every due timer before the other looks: Camunda's job log
 * shows every timer run once and successfully, none failed, and both nodes among those that ran
 * them. A session signed in on A is accepted by B.
 */
@Tag(Tiers.INTEGRATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutOnPostgresTests {

    static final int CASES = 24;
    static final Set<String> HOSTNAMES = Set.of("nodeA", "nodeB");
    static final List<String> AGENCIES = List.of("NORTHSHIRE_POLICE", "NORTHSHIRE_CSC");

    final Actor referrer = Actor.agencyUser("scale.referrer", "NORTHSHIRE_HEALTH");
    final Actor coordinator = Actor.of("scale.coordinator", Role.PRG_COORDINATOR);
    final Actor otherCoordinator = Actor.of("scale.coordinator.two", Role.PRG_COORDINATOR);
    final Map<String, Actor> agencyUsers = Map.of(
            "NORTHSHIRE_POLICE", Actor.agencyUser("scale.police", "NORTHSHIRE_POLICE"),
            "NORTHSHIRE_CSC", Actor.agencyUser("scale.csc", "NORTHSHIRE_CSC"));

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    JdbcClient db;

    @BeforeAll
    void startTwoNodes() {
        String url = EmbeddedPostgresServer.newDatabase("scale");
        a = node("nodeA", url);
        b = node("nodeB", url);
        db = a.getBean(JdbcClient.class);
    }

    @AfterAll
    void stopNodes() {
        ClockUtil.reset();
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext node(String engineName, String url) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles("postgres")
                .initializers(EmbeddedPostgresServer::usedBy)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                        "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                        "--server.port=0",
                        "--camunda.bpm.process-engine-name=" + engineName,
                        // The name Camunda writes into ACT_HI_JOB_LOG.HOSTNAME_ for the jobs this node runs.
                        "--camunda.bpm.generic-properties.properties.hostname=" + engineName,
                        "--camunda.bpm.generate-unique-process-application-name=true",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.max-wait=500",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        // One job per acquisition, one running and one waiting: a node that has two in
                        // hand acquires no more, so the other node's acquisition finds due timers left.
                        "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
                        "--camunda.bpm.job-execution.core-pool-size=1",
                        "--camunda.bpm.job-execution.max-pool-size=1",
                        "--camunda.bpm.job-execution.queue-capacity=1",
                        "--practice-review.camunda-webapps.enabled=false",
                        "--practice-review.first-admin.username=scale.admin",
                        "--practice-review.first-admin.password=scale-admin-password",
                        "--logging.level.org.camunda=warn");
        return node;
    }

    private static void wakeJobExecutor(ConfigurableApplicationContext node) {
        ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
    }

    @Test
    void referralsOnATasksOnBTimersOnEitherEveryCaseOnceAtItsStage() throws Exception {
        ReferralExamples.registerDemoAgencies(a.getBean(Agencies.class));
        ReferralService referralsOnA = a.getBean(ReferralService.class);
        List<CaseReference> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(referralsOnA.submitDirect(referrer, ReferralExamples.wholeReferral()).reference());
        }

        // One triage pressed on both nodes at the same moment: one completion, one plain refusal.
        List<String> race = raceTheTriage(cases.get(0));
        assertThat(race).filteredOn(o -> o.startsWith("completed")).hasSize(1);
        assertThat(race).filteredOn(o -> o.startsWith("refused")).hasSize(1);

        // The rest on node B: claimed, then completed, by two workers at once.
        onB(cases.subList(1, CASES), ref -> claimAndComplete(b, coordinator, ref, "Task_TriageReferral",
                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED")));
        onB(cases, ref -> claimAndComplete(b, coordinator, ref, "Task_RequestAgencyInformation",
                Map.of("agencies", AGENCIES, "note", "Please send your chronology.")));

        long timers = db.sql("select count(*) from act_ru_job where type_ = 'timer'").query(Long.class).single();
        assertThat(timers).as("one reminder timer per case (on the round's multi-instance body)").isEqualTo((long) CASES);

        // Twenty days on, both job executors compete for the reminder timers. (Jobs without a process
        // instance, such as Camunda's history cleanup, are left out of the counts below.)
        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(20))));
        // Wake both acquisitions at once. Otherwise one node, polling every half second while idle,
        // could find the other had run all 24 timers (a few milliseconds each) before it looked.
        wakeJobExecutor(a);
        wakeJobExecutor(b);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (reminders() < CASES * AGENCIES.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1500); // time for a second run of any job, were one to happen
        assertThat(reminders()).as("each timer ran once: one reminder per awaited agency per case").isEqualTo(CASES * AGENCIES.size());
        assertThat(db.sql("select count(*) from act_ru_job where type_ = 'timer'").query(Long.class).single()).isZero();
        List<String> timerJobs = db.sql("select distinct job_id_ from act_hi_job_log where job_state_ = 0 "
                + "and process_instance_id_ is not null and job_def_type_ like 'timer%' and act_id_ = 'BoundaryEvent_AgencySummaryReminder'")
                .query(String.class).list();
        assertThat(timerJobs).as("Camunda's job log: one created job per reminder timer (the steps' own timers, "
                + "ended with their tasks, left out)").hasSize(CASES);
        for (String job : timerJobs) {
            assertThat(db.sql("select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2").param(job)
                    .query(Long.class).single()).as("successful runs of timer job %s", job).isOne();
        }
        assertThat(db.sql("select count(*) from act_hi_job_log where job_state_ = 1 and process_instance_id_ is not null")
                .query(Long.class).single()).as("no failed run").isZero();
        assertThat(db.sql("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 "
                + "and process_instance_id_ is not null group by job_id_ having count(*) > 1) twice").query(Long.class).single()).as("no job ran twice").isZero();
        assertThat(db.sql("select count(*) from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null")
                .query(Long.class).single()).as("one successful run per timer").isEqualTo((long) CASES);
        assertThat(db.sql("select count(*) from trail_event where action = 'AGENCY_REMINDER_SENT'").query(Long.class).single())
                .isEqualTo((long) CASES);
        Map<String, Long> ranOn = new TreeMap<>();
        db.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null "
                + "group by hostname_").query((row, i) -> Map.entry(row.getString(1), row.getLong(2))).list()
                .forEach(e -> ranOn.put(e.getKey(), e.getValue()));
        assertThat(ranOn.keySet()).as("the job executors that ran the timers: %s", ranOn).isEqualTo(HOSTNAMES);
        ClockUtil.reset();

        onB(cases, ref -> {
            for (String agency : AGENCIES) {
                claimAndComplete(b, agencyUsers.get(agency), ref, "Task_ProvideAgencySummary", Map.of(
                        "involvementSummary", "Known since 2024.", "chronology", "2025: two contacts.",
                        "filesSecured", "yes", "workingTogetherConcerns", "no"));
            }
        });

        int completionsPerCase = 1 + 1 + AGENCIES.size();
        for (CaseReference ref : cases) {
            assertThat(db.sql("select stage from case_file where reference = ?").param(ref.value()).query(String.class).single())
                    .as("%s", ref).isEqualTo("SCREENING");
            assertThat(a.getBean(Trail.class).forCase(ref)).filteredOn(e -> e.is(TrailAction.TASK_COMPLETED))
                    .as("%s: each task completed once in the trail", ref).hasSize(completionsPerCase);
        }
        assertThat(db.sql("select count(*) from act_hi_op_log where operation_type_ = 'Complete'").query(Long.class).single())
                .as("Camunda's history: one completion per task").isEqualTo((long) CASES * completionsPerCase);
        assertThat(db.sql("select count(*) - count(distinct task_id) from form_submission where task_id is not null")
                .query(Long.class).single()).as("no task has two kept submissions").isZero();
        assertThat(db.sql("select count(*) from act_hi_taskinst where end_time_ is not null and delete_reason_ = 'completed'")
                .query(Long.class).single()).isEqualTo((long) CASES * completionsPerCase);
        assertThat(a.getBean(Trail.class).verify().intact()).isTrue();
        assertThat(b.getBean(Trail.class).verify().intact()).isTrue();
        System.out.println("Scale-out: " + CASES + " referrals on A, " + (CASES * completionsPerCase) + " task completions on B "
                + "(plus one refused racer), " + CASES + " timers (" + (CASES * AGENCIES.size()) + " reminders) run by " + ranOn);
    }

    @Test
    void aSessionSignedInOnNodeAIsServedByNodeB() throws Exception {
        Users users = a.getBean(Users.class);
        if (!users.exists("scale.session")) {
            users.create(new NewUser("scale.session", "Session Coordinator", null, Set.of(Role.PRG_COORDINATOR), null,
                    "scale-session-password"));
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(a, "/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String anonymousSession = sessionCookie(form);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();

        // The form came from A; it is posted to B, which finds the CSRF token in the shared session.
        String body = "username=scale.session&password=" + URLEncoder.encode("scale-session-password", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(b, "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + anonymousSession)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        String session = sessionCookie(signedIn);
        assertThat(session).as("a new session id after sign-in").isNotEqualTo(anonymousSession);

        for (ConfigurableApplicationContext node : List.of(a, b)) {
            HttpResponse<String> tasks = http.send(HttpRequest.newBuilder(uri(node, "/tasks")).header("Cookie", "SESSION=" + session)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tasks.statusCode()).as("/tasks on %s", node.getId()).isEqualTo(200);
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri(b, "/tasks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(db.sql("select count(*) from spring_session where principal_name = 'scale.session'").query(Long.class).single())
                .isOne();
    }

    private List<String> raceTheTriage(CaseReference ref) throws Exception {
        String taskId = taskOf(a, coordinator, ref, "Task_TriageReferral");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> attempts = new ArrayList<>();
            for (var node : List.of(Map.entry(a, coordinator), Map.entry(b, otherCoordinator))) {
                attempts.add(threads.submit(() -> {
                    go.await();
                    try {
                        node.getKey().getBean(UserTasks.class).complete(taskId, node.getValue(),
                                Map.of("complete", "yes", "inArea", "yes", "outcome", "ACCEPTED"));
                        return "completed";
                    } catch (TaskNotAvailableException e) {
                        return "refused: " + e.getMessage();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : attempts) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private void claimAndComplete(ConfigurableApplicationContext node, Actor actor, CaseReference ref, String taskKey, Map<String, ?> values) {
        String taskId = taskOf(node, actor, ref, taskKey);
        UserTasks tasks = node.getBean(UserTasks.class);
        tasks.claim(taskId, actor);
        tasks.complete(taskId, actor, values);
    }

    private static String taskOf(ConfigurableApplicationContext node, Actor actor, CaseReference ref, String taskKey) {
        return node.getBean(TaskInbox.class).forCase(actor, ref).stream().filter(t -> t.taskDefinitionKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(taskKey + " not open for " + actor.userId() + " on " + ref)).id();
    }

    /** Runs the work for every case on node B, two cases at a time. */
    private void onB(List<CaseReference> cases, java.util.function.Consumer<CaseReference> work) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (CaseReference ref : cases) {
                done.add(workers.submit(() -> work.accept(ref)));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private int reminders() {
        return db.sql("select count(*) from notification where kind = 'AGENCY_INFORMATION_REMINDER'").query(Integer.class).single();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }
}
