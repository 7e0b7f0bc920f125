package org.practicereview.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The rows the runs write (one JSON object per line), and the table made of them. */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String db, String section, String label, Map<String, Object> figures) {

        String line() {
            try {
                return JSON.writeValueAsString(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Row parse(String line) {
            try {
                Map<String, Object> map = JSON.readValue(line, new TypeReference<>() {});
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = (Map<String, Object>) map.get("figures");
                return new Row((String) map.get("db"), (String) map.get("section"), (String) map.get("label"),
                        new LinkedHashMap<>(figures));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double number(String key) {
            Object value = figures.get(key);
            return value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
        }

        int clients() {
            return (int) number("clients");
        }
    }

    private final List<Row> rows;

    Results(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    private List<Row> where(Predicate<Row> test) {
        return rows.stream().filter(test).toList();
    }

    private Optional<Row> one(String db, String section, String label, Integer clients) {
        return rows.stream().filter(r -> r.db().equals(db) && r.section().equals(section) && r.label().equals(label)
                && (clients == null || r.clients() == clients)).findFirst();
    }

    /** The whole report: every figure, then the ratios, then each target with met or missed. */
    String table(List<String> databases, String header) {
        StringBuilder out = new StringBuilder(header).append("\n");
        for (String db : databases) {
            out.append("\n== ").append(name(db)).append(" ==\n");
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("warm-up"))) {
                out.append(String.format(Locale.UK, "JIT warm-up, %-33s %6.0f s, %6.0f operations; the JIT compiling %.0f%% of its last window%n",
                        r.label(), r.number("seconds"), optional(r, "operations", Double.NaN), 100 * r.number("lastWindowJitShare")));
            }
            out.append(String.format(Locale.UK, "%-46s %7s %9s %8s %8s %8s %7s %9s %9s %7s%n", "Load (closed loop)", "clients", "per s", "p50 ms",
                    "p95 ms", "p99 ms", "errors", "CPU ms/op", "(JVM)", "JIT ms"));
            for (Row r : where(r -> r.db().equals(db) && List.of("api", "path", "engine").contains(r.section()))) {
                out.append(String.format(Locale.UK, "%-46s %7d %9.1f %8.1f %8.1f %8.1f %7.0f %9.1f %9.1f %7.1f%n", label(r), r.clients(),
                        r.number("perSecond"), r.number("p50"), r.number("p95"), r.number("p99"),
                        optional(r, "errors", 0), optional(r, "machineCpuMs", Double.NaN), optional(r, "jvmCpuMs", Double.NaN),
                        optional(r, "jitMs", Double.NaN)));
            }
            out.append(String.format(Locale.UK, "%n%-46s %7s %9s %8s %8s %11s %11s%n", "Ratio application ÷ bare engine", "clients", "app/s",
                    "engine/s", "ratio", "app CPU ms", "engine CPU"));
            for (Row app : where(r -> r.db().equals(db) && r.section().equals("api") && r.label().startsWith("referral, bearer"))) {
                one(db, "engine", "start process", app.clients()).ifPresent(e -> out.append(ratioLine("referral API ÷ start process", app, e)));
            }
            for (Row app : where(r -> r.db().equals(db) && r.section().equals("path"))) {
                one(db, "engine", "start process + complete triage", app.clients())
                        .ifPresent(e -> out.append(ratioLine("referral+triage ÷ start+triage", app, e)));
            }
            List<Row> statements = where(r -> r.db().equals(db) && r.section().equals("statements"));
            if (!statements.isEmpty()) {
                out.append(String.format(Locale.UK, "%n%-46s %10s %7s %12s %8s%n", "Statements per operation (H2 query statistics)",
                        "statements", "engine", "application", "commits"));
                for (Row r : statements) {
                    out.append(String.format(Locale.UK, "%-46s %10.1f %7.1f %12.1f %8.1f%n", r.label(), r.number("statements"),
                            r.number("engine"), r.number("application"), r.number("commits")));
                }
                for (Row r : statements) {
                    if (!String.valueOf(r.figures().get("tables")).isEmpty()) {
                        out.append("  ").append(r.label()).append(", application's statements by table: ").append(r.figures().get("tables")).append("\n");
                    }
                }
            }
            out.append(String.format(Locale.UK, "%n%-46s %7s %8s %8s %8s%n", "Pages (one user, sequential)", "cases", "p50 ms", "p95 ms", "max ms"));
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("page"))) {
                out.append(String.format(Locale.UK, "%-46s %7s %8.1f %8.1f %8.1f%n", r.label(), r.figures().get("cases"), r.number("p50"),
                        r.number("p95"), r.number("max")));
            }
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("page-failed"))) {
                out.append(String.format(Locale.UK, "%-46s %7s FAILED: %s%n", r.label(), r.figures().get("cases"), r.figures().get("error")));
            }
            out.append("\n");
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("seed"))) {
                out.append(String.format(Locale.UK, "%-46s %s%n", r.label(), r.figures()));
            }
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("start"))) {
                out.append(String.format(Locale.UK, "Start-up, %-36s %6.1f s from JVM start (%.1f s in Spring); heap after start %.0f MB (before GC %.0f MB)%n",
                        r.label(), r.number("seconds"), r.number("springSeconds"), r.number("heapMb"), r.number("heapBeforeGcMb")));
            }
            for (Row r : where(r -> r.db().equals(db) && r.section().equals("heap"))) {
                out.append(String.format(Locale.UK, "Heap %-41s %6.0f MB live after GC (before GC %.0f MB, committed %.0f MB)%n",
                        r.label(), r.number("heapMb"), r.number("heapBeforeGcMb"), r.number("committedMb")));
            }
        }
        out.append("\n== Targets ==\n");
        for (String db : databases) {
            one(db, "api", "referral, bearer token", 8).ifPresent(r -> out.append(target(name(db) + ": referral API p95 at 8 clients"
                    + (r.number("errors") > 0 ? String.format(" (%.0f ERRORS)", r.number("errors")) : ""),
                    r.number("errors") > 0 ? Double.NaN : r.number("p95"), "ms", 100, true)));
            one(db, "path", "referral API + triage in the pages", 8).ifPresent(app ->
                    one(db, "engine", "start process + complete triage", 8).ifPresent(e -> out.append(target(
                            name(db) + ": app ÷ bare engine at 8 clients (referral+triage)",
                            100 * app.number("perSecond") / e.number("perSecond"), "%", 50, false))));
            one(db, "api", "referral, bearer token", 8).ifPresent(app ->
                    one(db, "engine", "start process", 8).ifPresent(e -> out.append(target(
                            name(db) + ": app ÷ bare engine at 8 clients (referral ÷ start)",
                            100 * app.number("perSecond") / e.number("perSecond"), "%", 50, false))));
            for (Row r : where(x -> x.db().equals(db) && x.section().startsWith("page") && "50000".equals(String.valueOf(x.figures().get("cases"))))) {
                boolean failed = r.section().equals("page-failed");
                out.append(target(name(db) + ": " + r.label() + " p95 at 50,000" + (failed ? " (FAILED)" : ""),
                        failed ? Double.NaN : r.number("p95"), "ms", r.label().equals(BenchmarkRun.DASHBOARD_ROW) ? 300 : 150, true));
            }
            for (Row r : where(x -> x.db().equals(db) && x.section().equals("start"))) {
                out.append(target(name(db) + ": start-up, " + r.label(), r.number("seconds"), "s", 15, true));
                out.append(target(name(db) + ": heap after start, " + r.label(), r.number("heapMb"), "MB", 512, true));
            }
        }
        return out.toString();
    }

    /** A figure that older result files, or some rows, do not have. */
    private static double optional(Row r, String key, double otherwise) {
        return r.figures().containsKey(key) ? r.number(key) : otherwise;
    }

    private static String ratioLine(String label, Row app, Row engine) {
        return String.format(Locale.UK, "%-46s %7d %9.1f %8.1f %7.0f%% %11.1f %11.1f%n", label, app.clients(), app.number("perSecond"),
                engine.number("perSecond"), 100 * app.number("perSecond") / engine.number("perSecond"),
                optional(app, "machineCpuMs", Double.NaN), optional(engine, "machineCpuMs", Double.NaN));
    }

    private static String target(String what, double measured, String unit, double limit, boolean under) {
        boolean met = !Double.isNaN(measured) && (under ? measured < limit : measured >= limit);
        return String.format(Locale.UK, "%-74s %8.1f %-2s (target %s %.0f %s)  %s%n", what, measured, unit, under ? "<" : "≥", limit, unit,
                met ? "met" : "MISSED");
    }

    private static String label(Row r) {
        return switch (r.section()) {
            case "api" -> "API: " + r.label();
            case "path" -> "App: " + r.label();
            default -> "Bare engine: " + r.label();
        };
    }

    static String name(String db) {
        return "postgres".equals(db) ? "PostgreSQL 14 (embedded)" : "H2 file (default)";
    }

    static List<Row> parseAll(List<String> lines) {
        List<Row> parsed = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                parsed.add(Row.parse(line));
            }
        }
        return parsed;
    }
}
