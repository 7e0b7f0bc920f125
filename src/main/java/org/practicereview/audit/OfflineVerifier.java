package org.practicereview.audit;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Recomputes the trail's chain outside the application, for an external auditor: from a CSV export
 * ({@code /audit/trail.csv}) or straight from the database. Needs nothing of the application but
 * the hashing rule, so its verdict does not depend on the system it checks. See docs/auditing.md
 * "Verifying the trail offline".
 *
 * <pre>
 * OfflineVerifier trail.csv
 * OfflineVerifier jdbc:postgresql://host/db [user] [password]
 * </pre>
 * Exit status 0 when intact, 1 when broken, 2 when it could not be read.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            out.println("Usage: OfflineVerifier <export.csv> | <jdbc-url> [user] [password]");
            return 2;
        }
        long started = System.nanoTime();
        try {
            boolean database = args[0].startsWith("jdbc:");
            Verification v;
            if (database) {
                v = fromDatabase(args);
            } else {
                TrailCsv.Parsed parsed = read(Path.of(args[0]));
                if (parsed.head() == null) {
                    out.println("Warning:        the export has no #head line: events removed from its end cannot be detected");
                }
                v = Verification.of(parsed.entries(), parsed.head());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println("Source:         " + (args[0].startsWith("jdbc:") ? "database " + args[0] : "export " + args[0]));
            out.println("Result:         " + (v.intact() ? "INTACT" : "BROKEN"));
            if (!v.intact()) {
                out.println("First broken:   event " + v.brokenAtSeq());
                out.println("Reason:         " + v.problem());
            }
            out.println("Events checked: " + v.eventsChecked());
            out.println("Time taken:     " + millis + " ms");
            return v.intact() ? 0 : 1;
        } catch (Exception e) {
            out.println("Could not read the trail: " + e.getMessage());
            return 2;
        }
    }

    public static Verification fromExport(Path csv) throws Exception {
        TrailCsv.Parsed parsed = read(csv);
        return Verification.of(parsed.entries(), parsed.head());
    }

    private static TrailCsv.Parsed read(Path csv) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return TrailCsv.read(in);
        }
    }

    static Verification fromDatabase(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null)) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            Verification.Head head = TrailRows.head(c);
            return Verification.of(TrailRows.all(c), head);
        }
    }
}
