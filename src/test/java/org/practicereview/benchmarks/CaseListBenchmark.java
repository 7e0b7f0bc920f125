package org.practicereview.benchmarks;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.practicereview.PracticeReviewApplication;
import org.practicereview.referral.CaseIndex;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case list at 50,000 cases, each with an open task (a third of them overdue): how long a page and
 * its count take, warm, for the filters the page offers. Not a test: it prints a table and gates nothing.
 * Runs on the test profile's in-memory H2 (PostgreSQL plans differ; the indexes are the same).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.practicereview.benchmarks.CaseListBenchmark
 * </pre>
 */
public final class CaseListBenchmark {

    private static final int CASES = 50_000;

    private CaseListBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles("test").run()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            fill(jdbc);
            CaseIndex index = context.getBean(CaseIndex.class);
            List<CaseReference> some = List.of(new CaseReference("PR-2026-012345"), new CaseReference("PR-2026-040000"));
            time(index, "newest first, page 1", new CaseIndex.Query(null, null, false, null, null, 1, 25));
            time(index, "page 1000", new CaseIndex.Query(null, null, false, null, null, 1000, 25));
            time(index, "stage", new CaseIndex.Query(Stage.REVIEW, null, false, null, null, 1, 25));
            time(index, "purpose", new CaseIndex.Query(null, "GOOD_PRACTICE", false, null, null, 1, 25));
            time(index, "overdue only", new CaseIndex.Query(null, null, true, null, null, 1, 25));
            time(index, "reference exact", new CaseIndex.Query(null, null, false, "PR-2026-012345", null, 1, 25));
            time(index, "reference prefix", new CaseIndex.Query(null, null, false, "PR-2026-01234", null, 1, 25));
            time(index, "a reviewer's cases", new CaseIndex.Query(null, null, false, null, Set.copyOf(some), 1, 25));
        }
    }

    private static void fill(JdbcClient jdbc) {
        Instant start = Instant.parse("2020-01-01T09:00:00Z");
        Stage[] stages = Stage.values();
        String[] purposes = {"SCR_CONSIDERATION", "MULTI_AGENCY_LEARNING", "GOOD_PRACTICE"};
        for (int i = 1; i <= CASES; i++) {
            String ref = String.format("PR-2026-%06d", i);
            Timestamp created = Timestamp.from(start.plus(i, ChronoUnit.HOURS));
            jdbc.sql("insert into case_file (reference, stage, stage_changed_at, created_at, purpose) values (?, ?, ?, ?, ?)")
                    .params(ref, stages[i % stages.length].name(), created, created, purposes[i % 3]).update();
            String id = "bench-" + i;
            jdbc.sql("insert into act_ru_execution (id_, rev_, proc_inst_id_, business_key_, is_active_, is_concurrent_, "
                    + "is_scope_, is_event_scope_, suspension_state_) values (?, 1, ?, ?, true, false, true, false, 1)")
                    .params(id, id, ref).update();
            Timestamp due = Timestamp.from(Instant.now().plus(i % 3 == 0 ? -5 : 20, ChronoUnit.DAYS));
            jdbc.sql("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, name_, due_date_, suspension_state_) "
                    + "values (?, 1, ?, ?, 'Benchmark task', ?, 1)").params(id, id, id, due).update();
        }
    }

    private static void time(CaseIndex index, String label, CaseIndex.Query query) {
        for (int i = 0; i < 5; i++) {
            index.find(query);
        }
        int runs = 20;
        long begin = System.nanoTime();
        CaseIndex.Page page = null;
        for (int i = 0; i < runs; i++) {
            page = index.find(query);
        }
        double ms = (System.nanoTime() - begin) / 1e6 / runs;
        System.out.printf("%-22s %8.1f ms  %6d cases  %2d on the page%n", label, ms, page.total(), page.items().size());
    }
}
