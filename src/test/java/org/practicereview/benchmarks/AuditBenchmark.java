package org.practicereview.benchmarks;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.practicereview.PracticeReviewApplication;
import org.practicereview.audit.OfflineVerifier;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailHashing;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The auditor's timeline and the trail's verification, timed. Not a test: it never gates a build on
 * a wall-clock. Targets: the timeline of a case with 1,000 trail events renders with p95 under
 * 300 ms (MockMvc, whole filter chain and template); verifying 100,000 events takes under 5 s.
 * The full application on the test profile's in-memory H2.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.practicereview.benchmarks.AuditBenchmark
 * </pre>
 */
public final class AuditBenchmark {

    private static final int CASE_EVENTS = 1_000;
    private static final int TRAIL_EVENTS = 100_000;
    private static final int RENDERS = 200;

    private AuditBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles("test").properties("spring.main.banner-mode=off", "logging.level.root=warn").run()) {
            Trail trail = ctx.getBean(Trail.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            List<String> rows = new ArrayList<>();

            CaseReference ref = CaseReference.of(2026, 7001);
            TrailAction[] actions = {TrailAction.TASK_CLAIMED, TrailAction.TASK_COMPLETED, TrailAction.NOTIFICATION_QUEUED,
                    TrailAction.CASE_VIEWED, TrailAction.CRITERIA_EVALUATED};
            for (int i = 0; i < CASE_EVENTS; i++) {
                trail.append(ref, Actor.of("user" + i % 7, Role.values()[i % 5]), actions[i % actions.length], "Task_Step" + i + " outcome=OK");
            }
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx).apply(springSecurity()).build();
            RequestPostProcessor auditor = auditor(ctx);
            LongSupplier render = () -> time(() -> {
                var response = mvc.perform(get("/audit/cases/" + ref.value()).with(auditor)).andReturn().getResponse();
                if (response.getStatus() != 200 || !response.getContentAsString().contains("Task_Step999 outcome=ok")) {
                    throw new IllegalStateException("The timeline did not render: " + response.getStatus());
                }
                return response.getContentAsString().length();
            });
            for (int i = 0; i < 30; i++) {
                render.getAsLong();
            }
            long[] renders = new long[RENDERS];
            for (int i = 0; i < RENDERS; i++) {
                renders[i] = render.getAsLong();
            }
            Arrays.sort(renders);
            rows.add(row("Timeline, " + CASE_EVENTS + "+ events: p50", ms(renders[RENDERS / 2]), "-"));
            rows.add(row("Timeline, " + CASE_EVENTS + "+ events: p95", ms(renders[RENDERS * 95 / 100]), "< 300 ms"));
            rows.add(row("Timeline, " + CASE_EVENTS + "+ events: max", ms(renders[RENDERS - 1]), "-"));

            fill(jdbc, TRAIL_EVENTS);
            long events = jdbc.queryForObject("select count(*) from trail_event", Long.class);
            trail.verify();
            long[] verifies = new long[5];
            for (int i = 0; i < verifies.length; i++) {
                verifies[i] = time(() -> requireIntact(trail.verify().intact()));
            }
            Arrays.sort(verifies);
            rows.add(row("Verify in app, " + events + " events (median of 5)", ms(verifies[2]), "< 5,000 ms"));

            Path file = Files.createTempFile("trail", ".csv");
            long export = time(() -> {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    trail.export(out);
                }
                return 0;
            });
            rows.add(row("Export whole trail as CSV (" + Files.size(file) / 1024 + " KiB)", ms(export), "-"));
            rows.add(row("Verify offline from the export", ms(time(() -> requireIntact(OfflineVerifier.fromExport(file).intact()))), "< 5,000 ms"));
            Files.delete(file);

            System.out.println();
            System.out.printf("%-52s %12s %12s%n", "Measure", "Time", "Target");
            rows.forEach(System.out::println);
        }
    }

    /** 100,000 events inserted in JDBC batches, chained exactly as Trail.append chains them, then the head moved. */
    private static void fill(JdbcTemplate jdbc, int total) {
        long last = jdbc.queryForObject("select last_seq from trail_head", Long.class);
        String previous = jdbc.queryForObject("select last_hash from trail_head", String.class).strip();
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<Object[]> batch = new ArrayList<>();
        for (long seq = last + 1; seq <= total; seq++) {
            String ref = "PR-2025-" + String.format("%04d", seq % 500 + 1);
            Instant when = at.plusNanos(seq * 1000);
            String details = "Task_Step outcome=OK " + seq;
            String hash = TrailHashing.hash(seq, ref, when.toString(), "bench", "PRG_MEMBER", TrailAction.TASK_COMPLETED.stored(), details, previous);
            batch.add(new Object[] {seq, ref, Timestamp.from(when), "bench", "PRG_MEMBER", TrailAction.TASK_COMPLETED.stored(), details, previous, hash});
            previous = hash;
            if (batch.size() == 5_000 || seq == total) {
                jdbc.batchUpdate("insert into trail_event (seq, case_reference, occurred_at, actor, actor_role, action, details, "
                        + "previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        jdbc.update("update trail_head set last_seq = ?, last_hash = ? where id = 1", (long) total, previous);
    }

    private static RequestPostProcessor auditor(ConfigurableApplicationContext ctx) {
        ctx.getBean(Users.class).create(new NewUser("bench.auditor", "Bench Auditor", "bench@example.org", Set.of(Role.AUDITOR), null,
                "correct horse battery staple"));
        SignedInUser user = (SignedInUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("bench.auditor");
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static int requireIntact(boolean intact) {
        if (!intact) {
            throw new IllegalStateException("The benchmark's trail should be intact");
        }
        return 0;
    }

    interface Work {
        Object run() throws Exception;
    }

    private static long time(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private static String ms(long nanos) {
        return String.format("%,.1f ms", nanos / 1e6);
    }

    private static String row(String measure, String time, String target) {
        return String.format("%-52s %12s %12s", measure, time, target);
    }
}
