package org.practicereview.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.practicereview.shared.CsvExport;

/**
 * The trail as CSV (RFC 4180, written verbatim: the hashes cover each value as stored), every field
 * including both hashes, for offline verification.
 * The last line, {@code #head,<seq>,<hash>}, is where the trail ended when it was exported; a
 * verifier that sees it also detects events removed from, or added to, the end. Each signed checkpoint
 * follows as {@code #checkpoint,<seq>,<hash>,<time>,<signature>}: with the key, a verifier detects a
 * trail cut short or re-chained, head line included (see {@link TrailCheckpoint}).
 */
public final class TrailCsv {

    public static final String HEADER = "seq,case_reference,occurred_at,actor,role,action,details,previous_hash,hash";
    static final String HEAD_MARK = "#head";
    static final String CHECKPOINT_MARK = "#checkpoint";

    private TrailCsv() {}

    public static void write(Iterable<TrailEntry> entries, Verification.Head head, Writer out) {
        write(entries, head, List.of(), out);
    }

    public static void write(Iterable<TrailEntry> entries, Verification.Head head, Iterable<TrailCheckpoint> checkpoints,
                             Writer out) {
        CsvExport csv = CsvExport.verbatim(out, List.of(HEADER.split(",")));
        for (TrailEntry e : entries) {
            csv.row(Long.toString(e.seq()), e.caseReference(), e.occurredAt().toString(), e.actor(), e.role(), e.action(),
                    e.details(), e.previousHash(), e.hash());
        }
        csv.flush();
        // The documented trailers: digits, hex and ISO times need no quoting.
        try {
            if (head != null) {
                out.write(HEAD_MARK + "," + head.lastSeq() + "," + head.lastHash() + "\r\n");
            }
            for (TrailCheckpoint c : checkpoints) {
                out.write(CHECKPOINT_MARK + "," + c.seq() + "," + c.headHash() + "," + c.madeAt() + "," + c.signature() + "\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What an export holds: its events in file order, when present the recorded head, and its checkpoints. */
    public record Parsed(List<TrailEntry> entries, Verification.Head head, List<TrailCheckpoint> checkpoints) {}

    public static Parsed read(BufferedReader reader) throws IOException {
        Chars in = new Chars(reader);
        List<TrailEntry> entries = new ArrayList<>();
        Verification.Head head = null;
        List<TrailCheckpoint> checkpoints = new ArrayList<>();
        List<String> record;
        boolean first = true;
        while ((record = next(in)) != null) {
            if (first) {
                first = false;
                if (!HEADER.equals(String.join(",", record))) {
                    throw new IOException("Not a trail export: the first line must be " + HEADER);
                }
            } else if (record.get(0).equals(HEAD_MARK)) {
                head = new Verification.Head(Long.parseLong(record.get(1)), record.get(2));
            } else if (record.get(0).equals(CHECKPOINT_MARK) && record.size() == 5) {
                checkpoints.add(new TrailCheckpoint(Long.parseLong(record.get(1)), record.get(2), Instant.parse(record.get(3)),
                        record.get(4)));
            } else if (record.size() != 9) {
                throw new IOException("Line after event " + (entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq())
                        + " has " + record.size() + " fields, not 9");
            } else {
                entries.add(entry(record));
            }
        }
        return new Parsed(entries, head, checkpoints);
    }

    private static TrailEntry entry(List<String> r) {
        return new TrailEntry(Long.parseLong(r.get(0)), blankToNull(r.get(1)), Instant.parse(r.get(2)), r.get(3), r.get(4),
                r.get(5), r.get(6), r.get(7), r.get(8));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** An unsynchronised buffer with one character of look-ahead: Reader.read() per character is several times slower. */
    private static final class Chars {
        private final java.io.Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;

        Chars(java.io.Reader in) {
            this.in = in;
        }

        int peek() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos];
        }

        int next() throws IOException {
            int c = peek();
            if (c != -1) {
                pos++;
            }
            return c;
        }
    }

    /** One record; line breaks inside quotes are kept exactly; null at the end. */
    private static List<String> next(Chars in) throws IOException {
        int c = in.next();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>(9);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (; c != -1; c = in.next()) {
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if (in.peek() == '"') {
                    field.append((char) in.next());
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new IOException("Unterminated quoted field at the end of the export");
        }
        fields.add(field.toString());
        return fields;
    }
}
