package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command an external auditor runs: output and exit status, and exact round trips of awkward values. */
class OfflineVerifierTest {

    @TempDir Path dir;

    static List<TrailEntry> chain(String... details) {
        List<TrailEntry> chain = new ArrayList<>();
        String previous = TrailHashing.GENESIS;
        for (int i = 0; i < details.length; i++) {
            long seq = i + 1;
            Instant at = Instant.parse("2026-11-25T10:00:00.123456Z").plusSeconds(seq);
            String ref = i % 2 == 0 ? null : "PR-2026-0001";
            String hash = TrailHashing.hash(seq, ref, at.toString(), "coord1", "PRG_COORDINATOR", "STEP", details[i], previous);
            chain.add(new TrailEntry(seq, ref, at, "coord1", "PRG_COORDINATOR", "STEP", details[i], previous, hash));
            previous = hash;
        }
        return chain;
    }

    private Path export(List<TrailEntry> chain, Verification.Head head) throws Exception {
        StringWriter out = new StringWriter();
        TrailCsv.write(chain, head, out);
        Path file = dir.resolve("trail.csv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String run(Path file, int expectedStatus) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {file.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(expectedStatus);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesWithCommasQuotesLineBreaksAndFormulaCharactersSurviveTheExportExactly() throws Exception {
        List<TrailEntry> chain = chain("plain", "a, b", "she said \"no\"", "line one\r\nline two\nthree", "=SUM(A1)", "", "é ünïcode —");
        Path file = export(chain, new Verification.Head(7, chain.get(6).hash()));

        String out = run(file, 0);

        assertThat(out).contains("Result:         INTACT").contains("Events checked: 7").contains("Time taken:");
        assertThat(OfflineVerifier.fromExport(file)).isEqualTo(Verification.of(chain, new Verification.Head(7, chain.get(6).hash())));
    }

    @Test
    void printsTheFirstBrokenLinkAndFailsTheRun() throws Exception {
        List<TrailEntry> chain = chain("one", "two", "three");
        TrailEntry two = chain.get(1);
        chain.set(1, new TrailEntry(2, two.caseReference(), two.occurredAt(), two.actor(), two.role(), two.action(), "TWO",
                two.previousHash(), two.hash()));
        Path file = export(chain, new Verification.Head(3, chain.get(2).hash()));

        String out = run(file, 1);

        assertThat(out).contains("Result:         BROKEN").contains("First broken:   event 2")
                .contains("Reason:         contents do not match its hash (edited)").contains("Events checked: 2");
    }

    @Test
    void warnsWhenTheExportDoesNotSayWhereTheTrailEnded() throws Exception {
        Path file = export(chain("one", "two"), null);

        assertThat(run(file, 0)).contains("Warning:        the export has no #head line").contains("INTACT");
    }

    @Test
    void aFileThatIsNotAnExportIsRefused() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "name,value\r\nx,1\r\n");

        assertThat(run(file, 2)).contains("Could not read the trail");
    }
}
