package org.practicereview.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseFilesTests {

    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");

    @Autowired CaseFiles caseFiles;
    @Autowired CaseReferences references;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void savesANewCaseFileAsNewWithoutLookingForItFirst() {
        CaseReference reference = transactions.execute(s -> references.next());
        CaseFile saved = transactions.execute(s -> {
            CaseFile file = CaseFile.open(reference, Purpose.SCR_CONSIDERATION, OPENED);
            // A merge would look the reference up and hand back a copy; a new case file is stored as it is.
            assertThat(caseFiles.save(file)).isSameAs(file);
            file.reach(Stage.AGENCY_INFORMATION, OPENED.plusSeconds(60));
            return file;
        });
        assertThat(saved.isNew()).isFalse();
        assertThat(jdbc.sql("select stage from case_file where reference = ?").param(reference.value()).query(String.class).single())
                .as("changes after the save are written at commit, as for any managed case file")
                .isEqualTo("AGENCY_INFORMATION");
        Boolean reloadedIsNew = transactions.execute(s -> caseFiles.find(reference).orElseThrow().isNew());
        assertThat(reloadedIsNew).isFalse();
    }

    @Test
    void refusesASecondCaseFileWithTheSameReferenceInsteadOfOverwritingTheFirst() {
        CaseReference reference = transactions.execute(s -> references.next());
        transactions.executeWithoutResult(s -> {
            CaseFile first = caseFiles.save(CaseFile.open(reference, Purpose.SCR_CONSIDERATION, OPENED));
            first.reach(Stage.SCREENING, OPENED.plusSeconds(60));
        });

        assertThatThrownBy(() -> transactions.executeWithoutResult(s ->
                caseFiles.save(CaseFile.open(reference, Purpose.GOOD_PRACTICE, OPENED.plus(1, ChronoUnit.DAYS)))))
                .isInstanceOf(DataIntegrityViolationException.class);
        CaseFile kept = transactions.execute(s -> caseFiles.find(reference).orElseThrow());
        assertThat(kept.stage()).isEqualTo(Stage.SCREENING);
        assertThat(kept.purpose()).isEqualTo(Purpose.SCR_CONSIDERATION);
    }
}
