package org.practicereview.audit;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class TrailTamperTests {

    static final Actor COORDINATOR = Actor.of("coord.tamper", Role.PRG_COORDINATOR);

    @Autowired Trail trail;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    Tampering tampering;
    long first;

    @BeforeEach
    void tenEvents() {
        tampering = new Tampering(jdbc, dataSource);
        CaseReference ref = CaseReference.of(2026, 8801);
        for (int i = 1; i <= 10; i++) {
            trail.append(ref, COORDINATOR, TrailAction.TASK_COMPLETED, "step " + i);
            if (i == 1) {
                List<TrailEntry> written = trail.forCase(ref);
                first = written.get(written.size() - 1).seq();
            }
        }
        tampering.save();
    }

    @AfterEach
    void putBack() {
        tampering.restore();
        assertThat(trail.verify().intact()).as("restored").isTrue();
    }

    @Test
    void anUntouchedTrailIsIntactInTheAppTheExportAndTheDatabase() throws Exception {
        Verification app = trail.verify();
        assertThat(app.intact()).isTrue();
        assertThat(app.eventsChecked()).isEqualTo(tampering.lastSeq());
        assertThat(tampering.offlineFromExport(trail)).isEqualTo(app);
        assertThat(tampering.offlineFromDatabase()).isEqualTo(app);
    }

    @Test
    void anEditedEventIsNamed() throws Exception {
        tampering.editDetails(first + 3, "step 4, but kinder");

        assertBrokenEverywhere(first + 3, "contents do not match its hash (edited)");
    }

    @Test
    void aDeletedEventIsNamedAtTheNextOne() throws Exception {
        tampering.delete(first + 4);

        assertBrokenEverywhere(first + 5, "sequence " + (first + 4) + " is missing (deleted or moved) before event " + (first + 5));
    }

    @Test
    void deletingTheLastEventsIsFoundAgainstTheHead() throws Exception {
        long last = tampering.lastSeq();
        tampering.delete(last);
        tampering.delete(last - 1);

        assertBrokenEverywhere(last - 1, "events " + (last - 1) + " to " + last + " are missing from the end (deleted)");
    }

    @Test
    void reorderedEventsAreNamedWhereTheOrderBreaks() throws Exception {
        tampering.swap(first + 2, first + 3);

        assertBrokenEverywhere(first + 2, "previous hash does not match event " + (first + 1) + " (reordered, inserted or replaced)");
    }

    @Test
    void anEventInsertedInTheMiddleIsNamedByTheOneAfterIt() throws Exception {
        tampering.insertAfter(first + 5, "DECISION_REVERSED");

        assertBrokenEverywhere(first + 7, "previous hash does not match event " + (first + 6) + " (reordered, inserted or replaced)");
    }

    @Test
    void aForgedEventAppendedCorrectlyChainedIsFoundAgainstTheHead() throws Exception {
        long last = tampering.lastSeq();
        tampering.appendForged("DECISION_REVERSED");

        assertBrokenEverywhere(last + 1, "event " + (last + 1) + " lies beyond the recorded end of the trail (" + last + "): inserted");
    }

    private void assertBrokenEverywhere(long seq, String problem) throws Exception {
        Verification app = trail.verify();
        assertThat(app.intact()).isFalse();
        assertThat(app.brokenAtSeq()).isEqualTo(seq);
        assertThat(app.problem()).isEqualTo(problem);
        assertThat(tampering.offlineFromExport(trail)).as("offline, from an export").isEqualTo(app);
        assertThat(tampering.offlineFromDatabase()).as("offline, from the database").isEqualTo(app);
    }
}
