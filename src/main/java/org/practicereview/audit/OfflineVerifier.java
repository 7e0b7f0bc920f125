package org.practicereview.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the trail's chain outside the application, for an external auditor: from a CSV export
 * ({@code /audit/trail.csv}) or straight from the database. Needs nothing of the application but
 * the hashing rule, so its verdict does not depend on the system it checks. Given the public key of
 * the key pair that signs checkpoints (several, after a rotation; and the old shared key for
 * checkpoints signed with it), it also checks the chain against every signed checkpoint, so a trail
 * cut short or rewritten and re-chained (head included) is found. See docs/auditing.md "Verifying the
 * trail offline".
 *
 * <pre>
 * OfflineVerifier [--public-key public.pem]... [--key shared-key-file] trail.csv
 * OfflineVerifier [--public-key public.pem]... [--key shared-key-file] jdbc:postgresql://host/db [user] [password]
 * </pre>
 * Exit status 0 when intact, 1 when broken, 2 when it could not be read.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** What the trail source gave: its events, head and checkpoints. */
    private record Source(List<TrailEntry> entries, Verification.Head head, List<TrailCheckpoint> checkpoints) {}

    public static int run(String[] arguments, PrintStream out) {
        List<String> args = new ArrayList<>(List.of(arguments));
        long started = System.nanoTime();
        try {
            CheckpointPublicKeys keys = keys(args);
            if (args.isEmpty() || args.contains("--key") || args.contains("--public-key")) {
                out.println("Usage: OfflineVerifier [--public-key <public-key.pem>]... [--key <shared-key-file>] "
                        + "<export.csv> | <jdbc-url> [user] [password]");
                return 2;
            }
            boolean database = args.get(0).startsWith("jdbc:");
            Source source = database ? readDatabase(args) : readExport(Path.of(args.get(0)));
            if (source.head() == null) {
                out.println("Warning:        the export has no #head line: events removed from its end cannot be detected");
            }
            Verification v = Verification.of(source.entries(), source.head());
            if (keys == null) {
                out.println("Warning:        no --public-key given: " + source.checkpoints().size()
                        + " signed checkpoint(s) not checked, so a trail rewritten and re-chained cannot be detected");
            } else {
                v = TrailCheckpoint.check(v, source.entries(), source.checkpoints(), keys);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            out.println("Source:         " + (database ? "database " + args.get(0) : "export " + args.get(0)));
            out.println("Result:         " + (v.intact() ? "INTACT" : "BROKEN"));
            if (!v.intact()) {
                out.println("First broken:   event " + v.brokenAtSeq());
                out.println("Reason:         " + v.problem());
            }
            if (keys != null && v.intact()) {
                TrailCheckpoint last = source.checkpoints().get(source.checkpoints().size() - 1);
                out.println("Checkpoints:    " + source.checkpoints().size() + " signed, the last of event " + last.seq()
                        + " made at " + last.madeAt() + " (compare it with the last one mailed to you)");
            }
            out.println("Events checked: " + v.eventsChecked());
            out.println("Time taken:     " + millis + " ms");
            return v.intact() ? 0 : 1;
        } catch (Exception e) {
            out.println("Could not read the trail: " + e.getMessage());
            return 2;
        }
    }

    /** Takes every --public-key and --key (with its file) out of the arguments; null when none was given. */
    private static CheckpointPublicKeys keys(List<String> args) throws IOException {
        List<CheckpointPublicKeys.Key> publicKeys = new ArrayList<>();
        CheckpointKey shared = null;
        boolean any = false;
        for (int i = 0; i + 1 < args.size(); ) {
            if (args.get(i).equals("--public-key")) {
                publicKeys.addAll(CheckpointPublicKeys.fromFile(Path.of(args.get(i + 1))));
            } else if (args.get(i).equals("--key")) {
                shared = CheckpointKey.fromFile(Path.of(args.get(i + 1)));
            } else {
                i++;
                continue;
            }
            any = true;
            args.subList(i, i + 2).clear();
        }
        return any ? CheckpointPublicKeys.of(publicKeys, shared) : null;
    }

    private static Source readExport(Path csv) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            TrailCsv.Parsed parsed = TrailCsv.read(in);
            return new Source(parsed.entries(), parsed.head(), parsed.checkpoints());
        }
    }

    /** The chain of an export against its own head and, given the keys, its signed checkpoints. */
    public static Verification fromExport(Path csv, CheckpointPublicKeys keys) throws Exception {
        Source source = readExport(csv);
        Verification chain = Verification.of(source.entries(), source.head());
        return keys == null ? chain : TrailCheckpoint.check(chain, source.entries(), source.checkpoints(), keys);
    }

    public static Verification fromExport(Path csv) throws Exception {
        return fromExport(csv, null);
    }

    private static Source readDatabase(List<String> args) throws Exception {
        try (Connection c = DriverManager.getConnection(args.get(0), args.size() > 1 ? args.get(1) : null,
                args.size() > 2 ? args.get(2) : null)) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            return new Source(TrailRows.all(c), TrailRows.head(c), TrailRows.checkpoints(c));
        }
    }

    static Verification fromDatabase(String[] args) throws Exception {
        Source source = readDatabase(List.of(args));
        return Verification.of(source.entries(), source.head());
    }
}
