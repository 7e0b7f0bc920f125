package org.practicereview.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.practicereview.PracticeReviewApplication;
import org.practicereview.identity.ApiTokens;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.WorkingDays;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One database's part of {@link NationalBenchmark}, in a JVM of its own so that its start-up is a real
 * one: {@code load} starts the application on an empty database, measures the API, the referral-and-
 * triage path, then the same diagrams on the bare engine; {@code seed} seeds a database of its own up
 * to a number of cases and {@code pages} measures the pages on it; {@code restart} starts the
 * application again on the database the pages left (tens of thousands of cases) and measures that
 * start. Figures go to the results file as rows, one per line.
 */
public final class BenchmarkRun {

    /** The board's dashboard: every figure of a year, or of one of its quarters, in turn (target p95 < 300 ms, not 150). */
    static final String DASHBOARD_ROW = "board's dashboard, a year or a quarter";


    /**
     * No task e-mails while seeding or measuring the pages: the seed leaves thousands of tasks past their due
     * dates at once, and the scan a minute after start queued a mail for each (a transaction per task, the
     * relay sending them on) while the pages were measured, which put seconds on the pages' p95. A running
     * server told people as each task fell due. The seed sends nothing at all.
     */
    private static final String[] QUIET_MAIL = {"--practice-review.mail.task-mails=false", "--practice-review.mail.relay=false"};
    private static final String API_ACCOUNT = "demo.health-system";
    private static final String COORDINATOR = "demo.coordinator";
    private static final int PAGE_WARM_UP = 20;
    private static final int PAGE_SAMPLES = 200;
    private static final double PAGE_BUDGET_SECONDS = 40;
    private static final int WARM_UP_CLIENTS = Integer.getInteger("benchmark.warmUpClients", 2);
    private static final double WARM_UP_WINDOW_SECONDS = 5;
    private final double jitWarmUpSeconds = Double.parseDouble(System.getProperty("benchmark.jitWarmUp", "240"));
    private final double jitQuiet = Double.parseDouble(System.getProperty("benchmark.jitQuiet", "0.05"));
    private static final int STATEMENT_COUNTS = 20;
    private static final int PAGE_STATEMENT_COUNTS = 10;
    /** {@code -Dbenchmark.pages=case list,case page}: only the page rows whose labels start so (profiling one page). */
    private static final List<String> PAGES = Arrays.stream(System.getProperty("benchmark.pages", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();

    private final String db;
    private final Path results;
    private final double warmUp = Double.parseDouble(System.getProperty("benchmark.warmup", "3"));
    private final double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "10"));
    private final int[] clients = ints(System.getProperty("benchmark.clients", "1,8,32"));

    private BenchmarkRun(String db, Path results) {
        this.db = db;
        this.results = results;
    }

    /**
     * Arguments: mode, database (h2|postgres), application URL, engine URL, user, password, results
     * file, and for seed and pages the number of cases. Modes: load (API, path and bare engine, on the
     * application and engine databases), seed (up to that many cases, on a database of its own: the load
     * leaves thousands of open referrals, which are no national picture), pages (on the seeded database,
     * once {@link NationalBenchmark} has settled it) and restart (on the database the pages run left).
     */
    public static void main(String[] args) throws Exception {
        BenchmarkRun run = new BenchmarkRun(args[1], Path.of(args[6]));
        switch (args[0]) {
            case "load" -> run.load(args[2], args[3], args[4], args[5]);
            case "seed" -> run.seed(args[2], args[4], args[5], Integer.parseInt(args[7]));
            case "pages" -> run.pages(args[2], args[4], args[5], Integer.parseInt(args[7]));
            default -> run.restart(args[2], args[4], args[5]);
        }
        System.exit(0);
    }

    private void load(String appUrl, String engineUrl, String user, String password) throws Exception {
        long warmedCases;
        try (ConfigurableApplicationContext app = start(appUrl, user, password, "first start (empty database, demo data)")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            String token = app.getBean(ApiTokens.class).issue(API_ACCOUNT, "benchmark " + UUID.randomUUID()).token();
            AppClient api = AppClient.anonymous(base);

            // The JIT first: every row is measured on a warm JVM, whatever the client counts chosen.
            List<AppClient> warming = new ArrayList<>();
            for (int i = 0; i < WARM_UP_CLIENTS; i++) {
                warming.add(AppClient.signedIn(base, COORDINATOR));
            }
            warmedCases = warmUntilCompiled("application", 0, (client, n) -> {
                String reference = api.submitReferral(AppClient.bearer(token), "warm-" + UUID.randomUUID());
                if (client % 2 == 0) { // half the warm-up is the whole path, half the API alone
                    warming.get(client).acceptAtTriage(warming.get(client).taskOnCasePage(reference));
                }
            });
            analyze(app.getBean(DataSource.class));
            for (int c : clients) {
                ClosedLoop.Result r = ClosedLoop.run(c, warmUp, seconds,
                        (client, n) -> api.submitReferral(AppClient.bearer(token), "bench-" + UUID.randomUUID()));
                load("api", "referral, bearer token", r);
            }
            ClosedLoop.Result basic = ClosedLoop.run(8, warmUp, seconds,
                    (client, n) -> api.submitReferral(AppClient.basic(API_ACCOUNT), "bench-" + UUID.randomUUID()));
            load("api", "referral, Basic (BCrypt each call)", basic);

            for (int c : clients) {
                List<AppClient> coordinators = new ArrayList<>();
                for (int i = 0; i < c; i++) {
                    coordinators.add(AppClient.signedIn(base, COORDINATOR));
                }
                ClosedLoop.Result r = ClosedLoop.run(c, warmUp, seconds, (client, n) -> {
                    String reference = api.submitReferral(AppClient.bearer(token), "bench-" + UUID.randomUUID());
                    AppClient coordinator = coordinators.get(client);
                    coordinator.acceptAtTriage(coordinator.taskOnCasePage(reference));
                });
                load("path", "referral API + triage in the pages", r);
            }
            if ("h2".equals(db)) {
                DataSource database = app.getBean(DataSource.class);
                row("statements", "application: referral API", H2Statements.perOperation(database, STATEMENT_COUNTS,
                        (client, n) -> api.submitReferral(AppClient.bearer(token), "count-" + UUID.randomUUID())));
                AppClient coordinator = AppClient.signedIn(base, COORDINATOR);
                row("statements", "application: referral API + triage in the pages", H2Statements.perOperation(database,
                        STATEMENT_COUNTS, (client, n) -> coordinator.acceptAtTriage(coordinator.taskOnCasePage(
                                api.submitReferral(AppClient.bearer(token), "count-" + UUID.randomUUID())))));
            }
            row("heap", "after the load", heap());
        }
        try (BareEngine engine = new BareEngine(engineUrl, user, password)) {
            // As many cases as the application's warm-up left, so that both are measured on databases
            // of about the same size (H2's file in particular slows as it grows).
            warmUntilCompiled("bare engine", warmedCases, (client, n) -> {
                if (client % 2 == 0) {
                    engine.startAndTriage(n);
                } else {
                    engine.start(n);
                }
            });
            analyze(engine.dataSource());
            if ("h2".equals(db)) {
                row("statements", "bare engine: start process",
                        H2Statements.perOperation(engine.dataSource(), STATEMENT_COUNTS, (client, n) -> engine.start(n)));
                row("statements", "bare engine: start process + complete triage",
                        H2Statements.perOperation(engine.dataSource(), STATEMENT_COUNTS, (client, n) -> engine.startAndTriage(n)));
            }
            for (int c : clients) {
                load("engine", "start process", ClosedLoop.run(c, warmUp, seconds, (client, n) -> engine.start(n)));
            }
            for (int c : clients) {
                load("engine", "start process + complete triage",
                        ClosedLoop.run(c, warmUp, seconds, (client, n) -> engine.startAndTriage(n)));
            }
        }
    }

    /**
     * Runs {@code operation} on {@link #WARM_UP_CLIENTS} clients in windows of a few seconds until
     * the JIT compiler is quiet (its compiling time in a window under {@code benchmark.jitQuiet} of the
     * window) and at least {@code atLeast} operations have run, or {@code benchmark.jitWarmUp} seconds
     * have passed. A server runs for weeks: the figures that matter are of compiled code, not of a JVM
     * still compiling the application. Returns the operations run.
     */
    private long warmUntilCompiled(String label, long atLeast, ClosedLoop.Operation operation) throws Exception {
        long start = System.nanoTime();
        double compiling;
        long operations = 0;
        int windows = 0;
        do {
            ClosedLoop.Result r = ClosedLoop.run(WARM_UP_CLIENTS, 0, WARM_UP_WINDOW_SECONDS, operation);
            compiling = r.cpu().jit() * r.operations() / 1000.0 / r.seconds();
            operations += r.operations();
            windows++;
            System.out.printf("warm-up %s window %d: %.1f/s, JIT compiling %.0f%% of the window%n", label, windows,
                    r.perSecond(), 100 * compiling);
        } while ((compiling > jitQuiet || operations < atLeast) && (System.nanoTime() - start) / 1e9 < jitWarmUpSeconds);
        row("warm-up", label, Map.of("seconds", (System.nanoTime() - start) / 1e9, "lastWindowJitShare", compiling,
                "operations", operations));
        return operations;
    }

    /**
     * Brings the database's table statistics up to date after the warm-up, as a server's autovacuum has
     * long done in production. Without it PostgreSQL's plans came from tables analysed while nearly empty
     * or not yet at all, and the bare engine's start + triage measured 212 to 482 a second in runs
     * of one day, depending on whether autovacuum had reached its tables.
     */
    private static void analyze(DataSource database) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private void pages(String base, ConfigurableApplicationContext app, int total) throws Exception {
        AppClient coordinator = AppClient.signedIn(base, COORDINATOR);
        AppClient visitor = AppClient.anonymous(base);
        Map<Stage, String> samples = NationalSeed.sampleReferences(app);
        List<String> references = new ArrayList<>(samples.values());
        String published = samples.get(Stage.PUBLISHED);
        String at = String.valueOf(total);
        DataSource database = app.getBean(DataSource.class);
        page(database, at, "work queue (coordinator)", (c, n) -> coordinator.page("/tasks", "Tasks"));
        page(database, at, "case list, stage filter",
                (c, n) -> coordinator.page("/cases?stage=" + Stage.values()[n % Stage.values().length].name(), "Cases"));
        page(database, at, "case page", (c, n) -> {
            String reference = references.get(n % references.size());
            coordinator.page("/cases/" + reference, reference);
        });
        List<TaskPage> briefs = TaskPage.ofSamples(base, app, samples.values());
        if (!briefs.isEmpty()) {
            page(database, at, "task page with its brief", (c, n) -> briefs.get(n % briefs.size()).open());
        }
        int year = java.time.LocalDate.now(WorkingDays.UK).getYear();
        page(database, at, DASHBOARD_ROW,
                (c, n) -> coordinator.page("/dashboard?year=" + year + (n % 5 == 0 ? "" : "&quarter=" + n % 5), "Dashboard"));
        page(database, at, "public list", (c, n) -> visitor.page("/learning-from-reviews", "Learning from reviews"));
        if (published != null) {
            page(database, at, "public review page", (c, n) -> visitor.page("/learning-from-reviews/" + published, published));
        }
    }

    /**
     * Times one page, then (H2) counts the statements a request of it runs, so that a page whose
     * statements grow with the cases shows as such. A page that fails is reported as failed, and the run goes on.
     */
    private void page(DataSource database, String at, String label, ClosedLoop.Operation open) {
        if (!PAGES.isEmpty() && PAGES.stream().noneMatch(label::startsWith)) {
            return;
        }
        try {
            page(at, label, ClosedLoop.sequential(PAGE_WARM_UP, PAGE_SAMPLES, PAGE_BUDGET_SECONDS, open));
            if ("h2".equals(db)) {
                row("statements", "page: " + label + " at " + at, H2Statements.perOperation(database, PAGE_STATEMENT_COUNTS, open));
            }
        } catch (Exception e) {
            row("page-failed", label, Map.of("cases", at, "error", String.valueOf(e)));
        }
    }

    /**
     * Seeds up to {@code total} cases, with no mail sent (the seed records the notices of its cases' steps
     * as sent when they were queued: {@link NationalSeed}).
     */
    private void seed(String appUrl, String user, String password, int total) {
        try (ConfigurableApplicationContext app = start(appUrl, user, password, null, QUIET_MAIL)) {
            NationalSeed.Report seeded = NationalSeed.seedUpTo(app, total);
            row("seed", "seeded " + total, Map.of("cases", caseCount(app), "added", seeded.casesAdded(),
                    "seconds", seeded.took().toMillis() / 1000.0));
        }
    }

    private void pages(String appUrl, String user, String password, int total) throws Exception {
        try (ConfigurableApplicationContext app = start(appUrl, user, password, null, QUIET_MAIL[0])) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            analyze(app.getBean(DataSource.class));
            pages(base, app, total);
            row("heap", "after the pages at " + total, heap());
        }
    }

    private void restart(String appUrl, String user, String password) {
        try (ConfigurableApplicationContext app = start(appUrl, user, password, "restart (database the pages run left)")) {
            row("seed", "cases at the restart", Map.of("cases", caseCount(app)));
        }
    }

    private static long caseCount(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("select count(*) from case_file").query(Long.class).single();
    }

    private ConfigurableApplicationContext start(String url, String user, String password, String label, String... more) {
        // Command-line arguments: they outrank application.yml (builder "properties" are only defaults,
        // and the default URL would win and put the benchmark's cases into ./data).
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--server.port=0", "--practice-review.camunda-webapps.enabled=false"));
        arguments.addAll(List.of(more));
        if ("postgres".equals(db)) { // the postgres profile refuses to start without its first administrator
            arguments.add("--practice-review.first-admin.username=bench.admin");
            arguments.add("--practice-review.first-admin.password=benchmark-admin-password-1");
        }
        long before = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PracticeReviewApplication.class)
                .profiles("postgres".equals(db) ? new String[] {"postgres", "demo"} : new String[] {"demo"})
                .run(arguments.toArray(String[]::new));
        double inRun = (System.nanoTime() - before) / 1e9;
        double sinceJvm = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        if (label == null) {
            return app;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", sinceJvm);
        figures.put("springSeconds", inRun);
        figures.putAll(heap());
        row("start", label, figures);
        return app;
    }

    private static Map<String, Object> heap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        memory.gc();
        memory.gc();
        return Map.of("heapMb", memory.getHeapMemoryUsage().getUsed() / 1048576.0, "heapBeforeGcMb", before / 1048576.0,
                "committedMb", memory.getHeapMemoryUsage().getCommitted() / 1048576.0);
    }

    private void load(String section, String label, ClosedLoop.Result r) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", r.clients());
        figures.put("operations", r.operations());
        figures.put("errors", r.errors());
        figures.put("perSecond", r.perSecond());
        figures.put("p50", r.percentileMillis(50));
        figures.put("p95", r.percentileMillis(95));
        figures.put("p99", r.percentileMillis(99));
        figures.put("jvmCpuMs", r.cpu().jvm());
        figures.put("machineCpuMs", r.cpu().machine());
        figures.put("jitMs", r.cpu().jit());
        figures.put("gcMs", r.cpu().gc());
        row(section, label, figures);
    }

    private void page(String at, String label, long[] sortedNanos) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("cases", at);
        figures.put("samples", sortedNanos.length);
        figures.put("p50", ClosedLoop.percentile(sortedNanos, 50) / 1e6);
        figures.put("p95", ClosedLoop.percentile(sortedNanos, 95) / 1e6);
        figures.put("max", sortedNanos[sortedNanos.length - 1] / 1e6);
        row("page", label, figures);
    }

    private void row(String section, String label, Map<String, ?> figures) {
        Results.Row row = new Results.Row(db, section, label, new LinkedHashMap<>(figures));
        System.out.println("benchmark " + row.line());
        try {
            Files.writeString(results, row.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }
}
