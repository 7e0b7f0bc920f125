package org.practicereview.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What one operation asks of the database, counted by H2's own query statistics: statements per
 * operation, split into the engine's (tables {@code ACT_*}) and the application's, with the
 * application's by table. The same count on the application and on the bare engine shows how much
 * of the difference is work the product exists to do (rows it must write), not overhead.
 */
final class H2Statements {

    /** The table a statement works on; for H2's {@code from final table (update x ...)} that is x. */
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|from)\\s+"
            + "(?:(?:final|new|old)\\s+table\\s*\\(\\s*(?:insert\\s+into|update|delete\\s+from)\\s+)?([a-z_][a-z0-9_]*)");

    private H2Statements() {}

    static Map<String, Object> perOperation(DataSource database, int times, ClosedLoop.Operation operation) throws Exception {
        execute(database, "SET QUERY_STATISTICS_MAX_ENTRIES 5000");
        execute(database, "SET QUERY_STATISTICS FALSE"); // clears what an earlier count left
        execute(database, "SET QUERY_STATISTICS TRUE");
        for (int i = 0; i < times; i++) {
            operation.run(0, 900_000 + i);
        }
        // Read before switching off: switching off forgets the figures.
        Map<String, Long> byTable = new TreeMap<>();
        long total = 0;
        long engine = 0;
        long commits = 0;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sql_statement, execution_count from information_schema.query_statistics")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                long count = rs.getLong(2);
                if (sql.startsWith("SET QUERY_STATISTICS") || sql.contains("information_schema.query_statistics")) {
                    continue;
                }
                total += count;
                if (Boolean.getBoolean("benchmark.sql")) { // -Dbenchmark.sql=true: every statement with its count, in the log
                    System.out.printf("sql %6.1f  %s%n", count / (double) times, sql.replaceAll("\\s+", " "));
                }
                if (sql.trim().equalsIgnoreCase("COMMIT")) {
                    commits += count;
                    continue;
                }
                Matcher m = TABLE.matcher(sql);
                String table = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "other";
                if (table.startsWith("act_")) {
                    engine += count;
                } else {
                    byTable.merge(table, count, Long::sum);
                }
            }
        }
        execute(database, "SET QUERY_STATISTICS FALSE");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("operations", times);
        figures.put("statements", total / (double) times);
        figures.put("engine", engine / (double) times);
        figures.put("application", byTable.values().stream().mapToLong(Long::longValue).sum() / (double) times);
        figures.put("commits", commits / (double) times);
        figures.put("tables", byTable.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.UK, "%s %.1f", e.getKey(), e.getValue() / (double) times))
                .collect(Collectors.joining(", ")));
        return figures;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
