package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.dashboard.BoardDashboard;
import org.practicereview.dashboard.Chart;
import org.practicereview.dashboard.Period;
import org.practicereview.shared.Actor;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's decision figures, counted by the database, for cases in every state the PRG report's rules
 * tell apart: no decision, a deferral, a decision in time and late, and the national panel's notice sent in
 * time, sent late, failed, queued, queued past its due time, due at its own time, missing, or sent to
 * someone else. Each case below says what the board reads for it.
 */
@IntegrationTest
class DecisionFiguresTests {

    @Autowired DecisionFigures figures;
    @Autowired NoticeSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired BoardDashboard dashboard;

    private Instant now;
    private String panel;

    @BeforeEach
    void cases() {
        now = clock.instant();
        panel = settings.nationalPanelAddress();
        screened("PR-2019-0001", 30);
        screened("PR-2019-0002", 30);
        decided("PR-2019-0002", "DEFER", 25, true);
        screened("PR-2019-0003", 30);
        decided("PR-2019-0003", "NO_REVIEW", 20, false);
        screened("PR-2019-0004", 30);
        decided("PR-2019-0004", "INITIATE_SCR", 2, true);
        screened("PR-2019-0005", 30);
        decided("PR-2019-0005", "INITIATE_SCR", 20, true);
        notice("PR-2019-0005", panel.toUpperCase(java.util.Locale.ROOT), null, 3, null);
        screened("PR-2019-0006", 30);
        decided("PR-2019-0006", "NO_REVIEW", 20, true);
        notice("PR-2019-0006", panel, null, 16, null);
        screened("PR-2019-0007", 30);
        decided("PR-2019-0007", "OTHER_REVIEW", 20, true);
        notice("PR-2019-0007", panel, null, null, 10);
        screened("PR-2019-0008", 30);
        decided("PR-2019-0008", "INITIATE_SCR", 20, true);
        notice("PR-2019-0008", panel, null, null, null);
        screened("PR-2019-0009", 30);
        decided("PR-2019-0009", "INITIATE_SCR", 2, true);
        notice("PR-2019-0009", panel, null, null, null);
        screened("PR-2019-0010", 30);
        decided("PR-2019-0010", "DEFER", 28, true);
        decided("PR-2019-0010", "INITIATE_SCR", 20, false);
        notice("PR-2019-0010", panel, 25, 18, null);
        notice("PR-2019-0010", "someone.else@example.org", null, 18, null);
        screened("PR-2019-0011", 30);
        screened("PR-2019-0011", 25);
        decided("PR-2019-0011", "NO_REVIEW", 20, true);
        notice("PR-2019-0011", "someone.else@example.org", null, 18, null);
        screened("PR-2019-0012", 90);
    }

    @Test
    void countsEachConsideredCaseOnceByItsLatestDecisionAndItsNoticeToThePanel() {
        LocalDate today = clock.instant().atZone(WorkingDays.UK).toLocalDate();
        DecisionFigures.Figures counted = figures.consideredBetween(today.minusDays(60), today.plusDays(1), "Not decided yet");

        assertThat(counted.outcomes()).containsExactly(Map.entry("Defer", 1L), Map.entry("Initiate SCR", 5L),
                Map.entry("No review", 3L), Map.entry("Not decided yet", 1L), Map.entry("Other review", 1L));
        assertThat(counted.decisionClock()).containsExactly(Map.entry("Met", 8L), Map.entry("Missed", 2L), Map.entry("Pending", 1L));
        assertThat(counted.panelNotice()).containsExactly(
                Map.entry("Failed, not sent", 1L),      // 0007
                Map.entry("Met", 2L),                   // 0005 (the address in capitals), 0010 (due at its own time)
                Map.entry("Missed", 3L),                // 0003 (none), 0006 (sent after 14 days), 0011 (told someone else)
                Map.entry("Missed: queued, not yet sent", 1L), // 0008
                Map.entry("Pending", 2L),               // 0001 (no decision), 0004 (decided 2 days ago)
                Map.entry("Queued, not yet sent", 1L)); // 0009
    }

    /** Every chart's query runs on this database: the decisions as counted above, a plan with an overdue action, a briefing use. */
    @Test
    void theBoardsDashboardShowsTheseFiguresForTheYear() {
        Instant month = now.minus(Duration.ofDays(30));
        Period year = new Period(month.atZone(WorkingDays.UK).getYear(), null);
        jdbc.sql("insert into learning_plan (row_version, case_reference, opened_at) values (0, 'PR-2019-0005', ?)")
                .params(Timestamp.from(month)).update();
        long plan = jdbc.sql("select id from learning_plan where case_reference = 'PR-2019-0005'").query(Long.class).single();
        String agency = "FIG-POLICE";
        jdbc.sql("insert into agency (code, name, sector) values (?, 'Figures Test Police', 'POLICE')").param(agency).update();
        jdbc.sql("insert into learning_action (row_version, plan_id, recommendation_number, action_number, description, owner_agency,"
                        + " target_date, status) values (0, ?, 1, 1, 'Share the learning.', ?, ?, 'NOT_STARTED')")
                .params(plan, agency, LocalDate.now(clock.withZone(WorkingDays.UK)).minusDays(1)).update();
        jdbc.sql("insert into learning_briefing_use (case_reference, agency_code, setting, used_on, staff_count, recorded_by, recorded_at)"
                        + " values ('PR-2019-0005', ?, 'TEAM_MEETING', ?, 12, 'demo.police', ?)")
                .params(agency, month.atZone(WorkingDays.UK).toLocalDate(), Timestamp.from(month)).update();

        Map<String, Map<String, Long>> charts = new java.util.HashMap<>();
        dashboard.charts(Actor.of("an.auditor", Role.AUDITOR), year).forEach(c -> charts.put(c.id(),
                c.rows().stream().collect(java.util.stream.Collectors.toMap(Chart.Row::label, Chart.Row::value))));
        DecisionFigures.Figures counted = figures.consideredBetween(year.firstDay(), year.end(), BoardDashboard.NOT_DECIDED);

        assertThat(charts.get("outcomes")).isEqualTo(counted.outcomes());
        assertThat(charts.get("decision-clock")).isEqualTo(counted.decisionClock());
        assertThat(charts.get("panel-notice")).isEqualTo(counted.panelNotice());
        assertThat(charts.get("action-plans")).containsEntry("Open with an overdue action", 1L).containsEntry("Open", 0L);
        assertThat(charts.get("actions")).containsEntry("Not started", 1L).containsEntry("Overdue", 1L);
        assertThat(charts.get("briefing-uses")).containsExactly(Map.entry("Figures Test Police", 1L));
        assertThat(charts.get("briefing-staff")).containsExactly(Map.entry("Figures Test Police", 12L));
        assertThat(charts.get("review-target")).containsOnlyKeys("Finished within six months", "Missed the six-month target",
                "Under way, within six months so far");
    }

    /** Every figure is counted by the database: ten more considered cases, not one more statement. */
    @Test
    void theDashboardsStatementsDoNotGrowWithTheCases() {
        Assumptions.assumeTrue(jdbc.sql("select count(*) from information_schema.tables where table_name = 'QUERY_STATISTICS'")
                .query(Long.class).single() > 0, "H2's query statistics");
        Period year = new Period(now.minus(Duration.ofDays(30)).atZone(WorkingDays.UK).getYear(), null);
        Actor auditor = Actor.of("an.auditor", Role.AUDITOR);
        long eleven = statements(() -> dashboard.charts(auditor, year));
        for (int i = 20; i < 30; i++) {
            screened("PR-2019-00" + i, 30);
            decided("PR-2019-00" + i, "NO_REVIEW", 20, i % 2 == 0);
            notice("PR-2019-00" + i, panel, null, i % 3 == 0 ? null : 3, null);
        }
        long twentyOne = statements(() -> dashboard.charts(auditor, year));

        // One query a chart, or two where a chart names its rows from another table.
        assertThat(twentyOne).isEqualTo(eleven).isLessThanOrEqualTo(2L * dashboard.charts(auditor, year).size());
    }

    private long statements(Runnable action) {
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        action.run();
        long count = jdbc.sql("select coalesce(sum(execution_count), 0) from information_schema.query_statistics"
                + " where sql_statement not like '%QUERY_STATISTICS%' and sql_statement not like '%query_statistics%'")
                .query(Long.class).single();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        return count;
    }

    @Test
    void aPeriodWithoutScreeningsHasNoFigures() {
        DecisionFigures.Figures counted = figures.consideredBetween(LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1), "Not decided yet");

        assertThat(counted.outcomes()).isEmpty();
        assertThat(counted.decisionClock()).isEmpty();
        assertThat(counted.panelNotice()).isEmpty();
    }

    private void screened(String ref, int daysAgo) {
        jdbc.sql("insert into screening (case_reference, abuse_or_neglect_known_or_suspected, child_died, child_seriously_harmed,"
                        + " definitive_evidence_no_concern, died_in_custody_or_detention, died_deprived_of_liberty_mca, screened_by,"
                        + " screened_at, criteria_result) values (?, true, false, true, false, false, false, 'demo.member', ?, 'MET')")
                .params(ref, ago(daysAgo)).update();
    }

    private void decided(String ref, String option, int daysAgo, boolean within) {
        jdbc.sql("insert into scr_decision (case_reference, decision_option, rationale, criteria_result, criteria_set, criteria_version,"
                        + " departs_from_criteria, decided_by, decided_at, within_deadline) values (?, ?, 'Because.', 'MET', 'scr-criteria', 1,"
                        + " false, 'demo.chair', ?, ?)")
                .params(ref, option, ago(daysAgo), within).update();
    }

    /** A notice of the case's latest decision: its own due time and when it was sent or failed, in days after the decision. */
    private void notice(String ref, String to, Integer dueAfter, Integer sentAfter, Integer failedAfter) {
        Instant decided = jdbc.sql("select max(decided_at) from scr_decision where case_reference = ?").param(ref)
                .query(Timestamp.class).single().toInstant();
        jdbc.sql("insert into notification (case_reference, kind, recipient, subject, body, created_at, due_by, sent_at, failed_at)"
                        + " values (?, 'SCR_INITIATED_NOTICE', ?, 'Notice', 'Notice', ?, ?, ?, ?)")
                .params(ref, to, Timestamp.from(decided), after(decided, dueAfter), after(decided, sentAfter), after(decided, failedAfter))
                .update();
    }

    private Timestamp ago(int days) {
        return Timestamp.from(now.minus(Duration.ofDays(days)));
    }

    private static Timestamp after(Instant decided, Integer days) {
        return days == null ? null : Timestamp.from(decided.plus(Duration.ofDays(days)));
    }
}
