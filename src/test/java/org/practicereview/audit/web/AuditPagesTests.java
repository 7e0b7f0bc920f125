package org.practicereview.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.OfflineVerifier;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.identity.Users;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AuditPagesTests {

    static final AtomicInteger NEXT = new AtomicInteger(8810);
    static final Actor COORDINATOR = Actor.of("coord.pages", Role.PRG_COORDINATOR);
    static final Actor CHAIR = Actor.of("chair.pages", Role.CHAIR);

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired Trail trail;
    @Autowired JdbcTemplate jdbc;
    RequestPostProcessor auditor;
    CaseReference ref;

    @BeforeEach
    void aCase() {
        auditor = new Auditors(users, details).as(Role.AUDITOR);
        ref = CaseReference.of(2026, NEXT.incrementAndGet());
        trail.append(ref, COORDINATOR, TrailAction.REFERRAL_SUBMITTED, "purpose=SCR_CONSIDERATION");
        trail.append(ref, COORDINATOR, TrailAction.TASK_COMPLETED, "Task_TriageReferral triageOutcome=ACCEPTED");
        trail.append(ref, CHAIR, TrailAction.TASK_COMPLETED, "Task_RecordScrDecision decisionOption=NO_REVIEW");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(auditor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void filtersByActorActionAndDate() throws Exception {
        // Each view is itself trailed, so the total grows by one per page shown.
        String base = "/audit/cases/" + ref.value();
        assertThat(page(base + "?actor=chair.pages")).contains("Showing 1 of 3 entries.", "Record SCR decision decision option=no review")
                .doesNotContain("Triage referral", "Task_RecordScrDecision");
        assertThat(page(base + "?action=TASK_COMPLETED")).contains("Showing 2 of 4 entries.");
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        assertThat(page(base + "?from-day=" + tomorrow.getDayOfMonth() + "&from-month=" + tomorrow.getMonthValue()
                + "&from-year=" + tomorrow.getYear())).contains("Showing 0 of 5 entries.");
        assertThat(page(base + "?to-day=31&to-month=2&to-year=2026")).contains("Error: Timeline of", "There is a problem",
                "Date to must be a real date");
    }

    @Test
    void verificationSaysWhatItCheckedForThisCaseAndWhetherTheBreakReachesIt() throws Exception {
        long events = trail.forCase(ref).size();
        assertThat(page("/audit/cases/" + ref.value() + "/verify"))
                .contains("The trail of this case is intact", "The " + events + " events of case " + ref.value()
                        + " were checked within the whole trail of");

        TrailEntry last = trail.forCase(ref).get(2);
        jdbc.update("update trail_event set details = 'Task_RecordScrDecision decisionOption=INITIATE_SCR' where seq = ?", last.seq());
        try {
            List<TrailEntry> before = trail.forCase(ref);
            long fromBreak = before.stream().filter(e -> e.seq() >= last.seq()).count();
            assertThat(page("/audit/cases/" + ref.value() + "/verify")).contains("The trail is broken",
                    "First broken link: event " + last.seq() + ". contents do not match its hash (edited).",
                    fromBreak + " of the " + before.size() + " events of case " + ref.value()
                            + " come at or after the break");
            assertThat(page("/audit/verify")).contains("The trail is broken");
        } finally {
            jdbc.update("update trail_event set details = ? where seq = ?", last.details(), last.seq());
        }
    }

    @Test
    void exportsTheFilteredTimelineAsCsvAndPdf() throws Exception {
        var csv = mvc.perform(get("/audit/cases/" + ref.value() + "/timeline.csv?action=TASK_COMPLETED").with(auditor))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", "attachment; filename=\"" + ref.value() + "-timeline.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("\"occurred_at\",\"source\",\"seq\",\"actor\",\"role\",\"action\",\"details\",\"role_in_words\",\"action_in_words\",\"actor_in_words\"\r\n");
        assertThat(csv).contains("\"chair.pages\",\"CHAIR\",\"TASK_COMPLETED\"").doesNotContain("REFERRAL_SUBMITTED");
        assertThat(csv).as("beside each code, the words a person reads").contains("\"chair\",\"Task completed\",\"chair.pages\"\r\n");
        assertThat(csv).as("the details as stored, for verification").contains("Task_RecordScrDecision decisionOption=NO_REVIEW");

        byte[] pdf = mvc.perform(get("/audit/cases/" + ref.value() + "/timeline.pdf").with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Case timeline " + ref.value(), "Referral submitted", "Record SCR decision", "Intact:")
                    .doesNotContain("REFERRAL_SUBMITTED");
        }
    }

    @Test
    void theWholeTrailExportVerifiesOfflineAsTheApplicationDoes() throws Exception {
        byte[] export = mvc.perform(get("/audit/trail.csv").with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Path file = Files.createTempFile("trail", ".csv");
        Files.write(file, export);
        try {
            var offline = OfflineVerifier.fromExport(file);
            assertThat(offline.intact()).isTrue();
            assertThat(offline).isEqualTo(trail.verify());
            assertThat(new String(export, StandardCharsets.UTF_8)).contains("TRAIL_EXPORTED").contains("#head,");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void showsWhoViewedACase() throws Exception {
        page("/audit/cases/" + ref.value());
        trail.append(ref, COORDINATOR, TrailAction.CASE_VIEWED, "case page");

        assertThat(page("/audit/views?reference=" + ref.value())).contains("Case trail viewed", "(auditor)", "coord.pages (PRG coordinator)", "Case page viewed")
                .doesNotContain("Task completed", "CASE_VIEWED");
        assertThat(page("/audit/views?reference=nonsense")).contains("There is a problem");
    }

    @Test
    void listsDecisionsAndNoticesAfterTheirDeadline() throws Exception {
        Instant due = Instant.parse("2026-03-01T00:00:00Z");
        jdbc.update("insert into scr_decision (case_reference, decision_option, rationale, criteria_result, criteria_set, criteria_version, "
                + "departs_from_criteria, decided_by, decided_at, decision_due, within_deadline) values (?, 'NO_REVIEW', 'r', 'NOT_MET', "
                + "'scr-criteria', 1, false, 'chair.pages', ?, ?, false)", ref.value(), Timestamp.from(due.plusSeconds(86400 * 3)), Timestamp.from(due));
        jdbc.update("insert into notification (case_reference, kind, recipient, subject, body, created_at, due_by, sent_at) values "
                + "(?, 'SCR_NOT_INITIATED_NOTICE', 'panel', 's', 'b', ?, ?, ?)", ref.value(), Timestamp.from(due.minusSeconds(86400 * 14)),
                Timestamp.from(due), Timestamp.from(due.plusSeconds(3600)));

        String page = page("/audit/deadlines");
        assertThat(page.split(ref.value(), -1)).as("the case in both lists").hasSize(5);
        assertThat(page).as("dates as people write them").contains("1 March 2026", "4 March 2026 at midnight",
                "1 March 2026 at 1am").doesNotContain("2026-03-0");
    }
}
