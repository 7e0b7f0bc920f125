package org.practicereview.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.practicereview.EmbeddedPostgresServer;

/**
 * The national-scale benchmark (docs/benchmark.md): the application against the bare engine, in one
 * run, on the H2 file default and on PostgreSQL, printing one table with the ratio and every target
 * marked met or missed. Not a test and not part of {@code mvn verify}:
 *
 * <pre>
 * mvn -P benchmark verify
 * mvn -P benchmark verify -Dbenchmark.databases=h2 -Dbenchmark.seconds=5 -Dbenchmark.cases=10000
 * mvn -P benchmark verify -Dbenchmark.jfr=true    (a JFR recording of each run next to its log)
 * </pre>
 *
 * Each database gets three fresh JVMs ({@link BenchmarkRun}): "load" (first start, API and path,
 * then the bare engine on a database of its own), "pages" (seeding and pages, on a third database, so
 * that the pages see the seeded national picture and not the load's thousands of open referrals) and
 * "restart" (the start on the database the pages run left). PostgreSQL is the embedded server of the
 * tests (zonky, binaries from Maven Central), owned by this JVM so that it outlives the application's
 * JVMs. The table also goes to
 * {@code target/benchmark/results.txt}.
 */
public final class NationalBenchmark {

    /** The seeded sizes the pages are measured at, smallest first (each seed adds the difference). */
    private static final List<String> CASES = Arrays.stream(System.getProperty("benchmark.cases", "10000,50000").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();

    private NationalBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "--table".equals(args[0])) { // the table again, from a run's rows.jsonl
            List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
            List<String> databases = Results.parseAll(lines).stream().map(Results.Row::db).distinct().toList();
            System.out.println(new Results(Results.parseAll(lines)).table(databases, "Practice Review benchmark, from " + args[1]));
            return;
        }
        List<String> databases = Arrays.stream(System.getProperty("benchmark.databases", "h2,postgres").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        Path dir = Path.of("target", "benchmark", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        Path results = dir.resolve("rows.jsonl");
        for (String db : databases) {
            String appUrl;
            String engineUrl;
            String pagesUrl;
            String user;
            String password;
            if ("postgres".equals(db)) {
                appUrl = EmbeddedPostgresServer.newDatabase("bench_app");
                engineUrl = EmbeddedPostgresServer.newDatabase("bench_engine");
                pagesUrl = EmbeddedPostgresServer.newDatabase("bench_pages");
                user = EmbeddedPostgresServer.USER;
                password = EmbeddedPostgresServer.PASSWORD;
            } else if ("h2".equals(db)) {
                String options = ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"; // the default URL's (application.yml)
                appUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2-app") + options;
                // The same durability as the application's: BareEngine writes each commit to the file.
                engineUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2-engine") + options;
                pagesUrl = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2-pages") + options;
                user = "sa";
                password = "";
            } else {
                throw new IllegalArgumentException("benchmark.databases: h2 and/or postgres, not " + db);
            }
            if (!System.getProperty("benchmark.clients", "1,8,32").isBlank()) { // -Dbenchmark.clients= : the pages only
                child(dir, "load", db, appUrl, engineUrl, user, password, results);
            }
            for (String total : CASES) {
                child(dir, "seed", db, pagesUrl, engineUrl, user, password, results, total);
                settle(db, pagesUrl, user, password, results, total);
                child(dir, "pages", db, pagesUrl, engineUrl, user, password, results, total);
            }
            child(dir, "restart", db, pagesUrl, engineUrl, user, password, results);
        }
        String header = String.format("Practice Review benchmark, %s; %d cores, Java %s, %s; max heap of each run %d MB",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().maxMemory() / 1048576);
        String table = new Results(Results.parseAll(Files.readAllLines(results, StandardCharsets.UTF_8))).table(databases, header);
        Files.writeString(dir.resolve("results.txt"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("(also in " + dir.resolve("results.txt") + ")");
        System.exit(0);
    }

    /**
     * Brings the seeded database to the state a running server's upkeep leaves it in, before its pages are
     * measured. The seed writes tens of thousands of cases in a minute or two, far faster than H2's
     * background writer reclaims old chunks: measured straight after it, the pages shared the 2 cores
     * with H2 rewriting a 1.3 GB file (at 50,000 cases; 215 MB once compacted), and the case page's p95
     * was 334 ms against 74 ms on the compacted file. H2 is compacted as docs/operations.md tells an
     * operator to (SHUTDOWN COMPACT, application stopped); PostgreSQL is vacuumed and analysed, as
     * autovacuum would have done. The time it took and the file's size go into the results.
     */
    private static void settle(String db, String url, String user, String password, Path results, String total)
            throws IOException, SQLException {
        long started = System.nanoTime();
        Map<String, Object> figures = new LinkedHashMap<>();
        if ("h2".equals(db)) {
            Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
            figures.put("fileMbBefore", Files.size(file) / 1048576.0);
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            figures.put("fileMbAfter", Files.size(file) / 1048576.0);
        } else {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }
        figures.put("seconds", (System.nanoTime() - started) / 1e9);
        Results.Row row = new Results.Row(db, "seed", "settled after seeding " + total + ("h2".equals(db)
                ? " (H2 SHUTDOWN COMPACT)" : " (VACUUM ANALYZE)"), figures);
        System.out.println("  benchmark " + row.line());
        Files.writeString(results, row.line() + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void child(Path dir, String mode, String db, String appUrl, String engineUrl, String user, String password,
                              Path results, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("benchmark."))
                .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        if (Boolean.getBoolean("benchmark.jfr")) { // -Dbenchmark.jfr=true: a Flight Recording of each run, for profiling
            command.add("-XX:FlightRecorderOptions=stackdepth=512");
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + dir.resolve(db + "-" + mode
                    + (more.length == 0 ? "" : "-" + String.join("-", more)) + ".jfr"));
        }
        command.addAll(List.of("-Dspring.main.banner-mode=off", "-Dlogging.level.root=WARN",
                "-Dlogging.level.org.practicereview.benchmarks=INFO",
                BenchmarkRun.class.getName(), mode, db, appUrl, engineUrl, user, password, results.toString()));
        command.addAll(List.of(more));
        String name = db + "-" + mode + (more.length == 0 ? "" : "-" + String.join("-", more));
        Path log = dir.resolve(name + ".log");
        System.out.printf("%s %s: running (log %s)%n", Results.name(db), mode, log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.write(line);
                out.newLine();
                if (line.startsWith("benchmark") || line.startsWith("seed")) {
                    System.out.println("  " + line);
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(db + " " + mode + " failed; see " + log);
        }
    }
}
