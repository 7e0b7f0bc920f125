package org.practicereview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.practicereview.demo.DemoApplicationTest;
import org.practicereview.identity.Agencies;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.learning.ActionStatus;
import org.practicereview.learning.BriefingUses;
import org.practicereview.learning.NewBriefingUse;
import org.practicereview.publication.Publications;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard's figures for the demo's cases, each checked against a count the test makes itself from the
 * stored rows (no figure written into the test); its tables, charts and CSV files agree, and only the board
 * reads them.
 */
@DemoApplicationTest
@AutoConfigureMockMvc
class DashboardFiguresTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService details;
    @Autowired Users users;
    @Autowired Agencies agencies;
    @Autowired BriefingUses briefingUses;
    @Autowired Publications publications;
    @Autowired WorkingDays workingDays;

    @Test
    void everyFigureOfTheYearEqualsTheCountOfTheStoredCases() throws Exception {
        LocalDate today = workingDays.today();
        String published = publications.published().get(0).caseReference();
        briefingUses.record(users.find("demo.police").orElseThrow().actor(), new CaseReference(published),
                new NewBriefingUse("TEAM_MEETING", today, "14", null));
        int year = busiestYear();
        String police = agencyOf("demo.police");
        jdbc.sql("insert into learning_practice_question (case_reference, agency_code, ask_on, reminder_days, asked_on, remind_on, "
                + "answer, answered_by, answered_at) values (?, ?, ?, 20, ?, ?, 'Joint handovers every week.', 'demo.police', ?)")
                .params(CaseReference.of(year, 9901).value(), police, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 1),
                        LocalDate.of(year, 3, 29), java.sql.Timestamp.valueOf(LocalDate.of(year, 3, 10).atTime(10, 0))).update();
        jdbc.sql("insert into learning_practice_question (case_reference, agency_code, ask_on, reminder_days, asked_on, remind_on) "
                + "values (?, ?, ?, 20, ?, ?)")
                .params(CaseReference.of(year, 9902).value(), police, LocalDate.of(year, 4, 1), LocalDate.of(year, 4, 1),
                        LocalDate.of(year, 4, 29)).update();
        // One review published with both notices sent a notice period before, one published without them.
        published(CaseReference.of(year, 9903), LocalDate.of(year, 5, 20), LocalDate.of(year, 5, 12), true);
        published(CaseReference.of(year, 9904), LocalDate.of(year, 6, 20), null, false);
        Document page = page("/dashboard?year=" + year, "demo.auditor");

        assertThat(table(page, "publication-notice").values()).allMatch(n -> n >= 1);
        assertThat(table(page, "what-changed")).isEqualTo(practiceQuestionsIn(year));
        assertThat(table(page, "follow-ups")).isEqualTo(followUpsAskedIn(year, workingDays.today()));
        assertThat(table(page, "publication-notice")).isEqualTo(publicationNoticesIn(year));
        assertThat(table(page, "what-changed").get("Asked")).isGreaterThanOrEqualTo(2);
        assertThat(table(page, "briefing-take-up")).isEqualTo(usesByBriefingIn(year));
        assertThat(table(page, "briefing-take-up").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(table(page, "briefing-uses").values().stream().mapToLong(Long::longValue).sum());
        assertThat(table(page, "stages")).isEqualTo(stagesReferredIn(year)).isNotEmpty();
        assertThat(table(page, "stages").values().stream().mapToLong(Long::longValue).sum()).isPositive();
        Map<String, Long> clock = decisionClocks(year);
        assertThat(table(page, "decision-clock")).isEqualTo(clock);
        assertThat(table(page, "outcomes").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(clock.values().stream().mapToLong(Long::longValue).sum());
        assertThat(table(page, "outcomes").getOrDefault(BoardDashboard.NOT_DECIDED, 0L)).isEqualTo(clock.getOrDefault("Pending", 0L));
        assertThat(table(page, "actions")).isEqualTo(actionsOfPlansOpenedIn(year, today));
        assertThat(table(page, "review-target")).isEqualTo(reviewTargetsIn(year));
        assertThat(table(page, "briefing-uses")).isEqualTo(briefingUsesIn(year, false));
        assertThat(table(page, "briefing-staff")).isEqualTo(briefingUsesIn(year, true));
        if (year == today.getYear()) {
            assertThat(table(page, "briefing-uses")).containsKey(agencies.nameOf(agencyOf("demo.police")));
        }
    }

    @Test
    void eachChartIsAnImageWithItsFiguresAndItsTableDownloadsAsCsv() throws Exception {
        int year = busiestYear();
        Document page = page("/dashboard?year=" + year, "demo.chair");
        Map<String, Long> stages = table(page, "stages");

        Element chart = page.getElementById("chart-stages");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("title").text()).isEqualTo("Cases referred in " + year + ", by where they stand now");
        stages.forEach((stage, n) -> assertThat(chart.selectFirst("desc").text()).contains(stage + ": " + n));
        assertThat(page.select("nav a").eachText()).contains("Dashboard");

        String csv = mvc.perform(get("/dashboard/stages.csv?year=" + year).with(as("demo.chair")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String expected = "\"Stage\",\"Number\"\r\n" + stages.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\",\"" + e.getValue() + "\"\r\n").collect(Collectors.joining());
        assertThat(csv).isEqualTo(expected);
    }

    @Test
    void theAnnualReportPdfHasTheDashboardsFiguresForTheSameYear() throws Exception {
        int year = busiestYear();
        Document page = page("/dashboard?year=" + year, "demo.auditor");
        var response = mvc.perform(get("/dashboard/annual-report.pdf?year=" + year).with(as("demo.auditor")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("annual-report-" + year + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            for (PDPage p : pdf.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    assertThat(p.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");
            List<String> charts = page.select("section[id^=figure-]").eachAttr("id");
            assertThat(charts).hasSize(13);
            for (String figure : charts) {
                String chart = figure.substring("figure-".length());
                assertThat(text).contains(page.getElementById(figure).selectFirst("h2").text());
                table(page, chart).forEach((label, n) -> assertThat(text).contains(" " + label + " " + n + " "));
            }
        }
    }

    @Test
    void aQuarterCountsOnlyItsOwnCases() throws Exception {
        int year = busiestYear();
        long inQuarters = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            inQuarters += table(page("/dashboard?year=" + year + "&quarter=" + quarter, "demo.member"), "stages").values()
                    .stream().mapToLong(Long::longValue).sum();
        }
        assertThat(inQuarters).isEqualTo(stagesReferredIn(year).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aYearNotOnTheListIsReportedAndNothingFails() throws Exception {
        Document page = page("/dashboard?year=1999&quarter=7", "demo.coordinator");

        assertThat(page.title()).startsWith("Error: Dashboard");
        assertThat(page.select(".govuk-error-summary a").eachText())
                .containsExactly("Select a year from the list", "Select a quarter from the list, or the whole year");
    }

    @Test
    void agenciesAndReviewersDoNotSeeTheDashboard() throws Exception {
        mvc.perform(get("/dashboard").with(as("demo.police"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/stages.csv").with(as("demo.reviewer"))).andExpect(status().isNotFound());
    }

    private int busiestYear() {
        Map<Integer, Long> byYear = jdbc.sql("select created_at from case_file").query(OffsetDateTime.class).list().stream()
                .collect(Collectors.groupingBy(t -> t.toInstant().atZone(WorkingDays.UK).getYear(), Collectors.counting()));
        return byYear.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private Map<String, Long> stagesReferredIn(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            counts.put(stage.label(), 0L);
        }
        jdbc.sql("select stage, created_at from case_file").query((rs, n) -> {
            if (rs.getObject(2, OffsetDateTime.class).toInstant().atZone(WorkingDays.UK).getYear() == year) {
                counts.merge(Stage.valueOf(rs.getString(1)).label(), 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    /** The latest decision of each case first screened in the year: met, missed, or pending when none. */
    private Map<String, Long> decisionClocks(int year) {
        Map<String, Instant> firstScreened = new HashMap<>();
        jdbc.sql("select case_reference, screened_at from screening where criteria_result is not null").query((rs, n) -> {
            firstScreened.merge(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), (a, b) -> a.isBefore(b) ? a : b);
            return null;
        }).list();
        Map<String, Boolean> latestWithin = new HashMap<>();
        jdbc.sql("select case_reference, within_deadline from scr_decision order by decided_at, id")
                .query((rs, n) -> latestWithin.put(rs.getString(1), rs.getBoolean(2))).list();
        Map<String, Long> counts = new TreeMap<>();
        firstScreened.forEach((ref, at) -> {
            if (at.atZone(WorkingDays.UK).getYear() == year) {
                Boolean within = latestWithin.get(ref);
                counts.merge(within == null ? "Pending" : within ? "Met" : "Missed", 1L, Long::sum);
            }
        });
        return counts;
    }

    /** The engine's history tables read directly: a review missed its target when its escalation ran. */
    private Map<String, Long> reviewTargetsIn(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Finished within six months", 0L);
        counts.put("Missed the six-month target", 0L);
        counts.put("Under way, within six months so far", 0L);
        List<String> escalated = jdbc.sql("select proc_inst_id_ from act_hi_actinst where act_id_ = 'Task_EscalateReviewOverdue'")
                .query(String.class).list();
        jdbc.sql("select id_, start_time_, end_time_ from act_hi_procinst where proc_def_key_ = 'scr-review'").query((rs, n) -> {
            if (rs.getTimestamp(2).toInstant().atZone(WorkingDays.UK).getYear() == year) {
                counts.merge(escalated.contains(rs.getString(1)) ? "Missed the six-month target"
                        : rs.getTimestamp(3) != null ? "Finished within six months" : "Under way, within six months so far", 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    private Map<String, Long> actionsOfPlansOpenedIn(int year, LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            counts.put(status.label(), 0L);
        }
        counts.put("Overdue", 0L);
        jdbc.sql("select a.status, a.target_date, p.opened_at from learning_action a join learning_plan p on p.id = a.plan_id")
                .query((rs, n) -> {
                    if (rs.getObject(3, OffsetDateTime.class).toInstant().atZone(WorkingDays.UK).getYear() == year) {
                        ActionStatus status = ActionStatus.valueOf(rs.getString(1));
                        counts.merge(status.label(), 1L, Long::sum);
                        boolean open = status == ActionStatus.NOT_STARTED || status == ActionStatus.IN_PROGRESS;
                        if (open && rs.getObject(2, LocalDate.class).isBefore(today)) {
                            counts.merge("Overdue", 1L, Long::sum);
                        }
                    }
                    return null;
                }).list();
        return counts;
    }

    private void published(CaseReference ref, LocalDate on, LocalDate noticeSent, boolean notices) {
        java.sql.Timestamp at = java.sql.Timestamp.valueOf(on.atTime(10, 0));
        jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, proceedings_open, check_rounds, "
                + "briefing_version, published_at, publish_not_before) values (0, ?, 'SCR', 'PUBLISHED', false, 1, 1, ?, ?)")
                .params(ref.value(), at, noticeSent == null ? null : java.sql.Timestamp.valueOf(noticeSent.plusDays(7).atTime(9, 0)))
                .update();
        long id = jdbc.sql("select id from publication_pack where case_reference = ?").param(ref.value()).query(Long.class).single();
        jdbc.sql("insert into publication_pack_text (pack_id, field_key, text_value) values (?, 'pseudonym', ?), (?, 'themes', 'Neglect')")
                .params(id, "Child " + (char) ('A' + ref.value().charAt(ref.value().length() - 1) - '0'), id).update();
        for (int i = 0; notices && i < 2; i++) {
            jdbc.sql("insert into notification (case_reference, kind, recipient, subject, body, created_at, sent_at) "
                    + "values (?, 'PRE_PUBLICATION_NOTICE', ?, 'Pre-publication notice', 'Notice', ?, ?)")
                    .params(ref.value(), i == 0 ? "panel@example.org" : "ofsted@example.org",
                            java.sql.Timestamp.valueOf(noticeSent.atTime(9, 0)), java.sql.Timestamp.valueOf(noticeSent.atTime(9, 5)))
                    .update();
        }
    }

    /**
     * The reviews published in the year, by whether both pre-publication notices were sent before publication and
     * publication waited for the day the notice allowed, judged pack by pack.
     */
    private Map<String, Long> publicationNoticesIn(int year) {
        Map<String, Long> counts = new java.util.HashMap<>(Map.of("Panel and Ofsted told a notice period before", 0L,
                "Published without that notice", 0L));
        jdbc.sql("select case_reference, published_at, publish_not_before from publication_pack where status = 'PUBLISHED'")
                .query((rs, n) -> {
                    java.time.Instant published = rs.getTimestamp(2).toInstant();
                    if (published.atZone(WorkingDays.UK).getYear() == year) {
                        java.sql.Timestamp notBefore = rs.getTimestamp(3);
                        long sentBefore = jdbc.sql("select sent_at from notification where case_reference = ? and kind = 'PRE_PUBLICATION_NOTICE'")
                                .param(rs.getString(1)).query(java.sql.Timestamp.class).list().stream()
                                .filter(t -> t != null && !t.toInstant().isAfter(published)).count();
                        boolean kept = sentBefore >= 2 && notBefore != null && !published.isBefore(notBefore.toInstant());
                        counts.merge(kept ? "Panel and Ofsted told a notice period before" : "Published without that notice", 1L, Long::sum);
                    }
                    return null;
                }).list();
        return counts;
    }

    /** The follow-up actions of decisions not to review created in the year, by status, counted row by row. */
    private Map<String, Long> followUpsAskedIn(int year, LocalDate today) {
        Map<String, Long> counts = new java.util.HashMap<>(Map.of("Done", 0L, "Not done, not yet due", 0L, "Overdue", 0L));
        jdbc.sql("select created_at, due_date, completed_at from follow_up_action").query((rs, n) -> {
            if (rs.getTimestamp(1).toInstant().atZone(WorkingDays.UK).getYear() == year) {
                String status = rs.getTimestamp(3) != null ? "Done"
                        : rs.getObject(2, LocalDate.class).isBefore(today) ? "Overdue" : "Not done, not yet due";
                counts.merge(status, 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    /** Agencies asked in the year what changed in practice, and those of them that answered, counted row by row. */
    private Map<String, Long> practiceQuestionsIn(int year) {
        long[] counts = new long[2];
        jdbc.sql("select asked_on, answered_at from learning_practice_question where asked_on is not null").query((rs, n) -> {
            if (rs.getObject(1, LocalDate.class).getYear() == year) {
                counts[0]++;
                counts[1] += rs.getTimestamp(2) == null ? 0 : 1;
            }
            return null;
        }).list();
        return Map.of("Asked", counts[0], "Answered", counts[1]);
    }

    /** The year's recorded uses by the published title of their briefing, counted row by row. */
    private Map<String, Long> usesByBriefingIn(int year) {
        Map<String, String> titles = publications.published().stream()
                .collect(Collectors.toMap(p -> p.caseReference(), p -> p.title()));
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select case_reference, used_on from learning_briefing_use").query((rs, n) -> {
            if (rs.getObject(2, LocalDate.class).getYear() == year) {
                counts.merge(titles.get(rs.getString(1)), 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    private Map<String, Long> briefingUsesIn(int year, boolean staff) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select agency_code, used_on, staff_count from learning_briefing_use").query((rs, n) -> {
            if (rs.getObject(2, LocalDate.class).getYear() == year) {
                counts.merge(agencies.nameOf(rs.getString(1)), staff ? rs.getLong(3) : 1L, Long::sum);
            }
            return null;
        }).list();
        return counts;
    }

    private String agencyOf(String username) {
        return users.find(username).orElseThrow().actor().agencyCode();
    }

    /** A table of the page as its rows read: the first column's words and the number beside them. */
    private static Map<String, Long> table(Document page, String chart) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Element row : page.select("#table-" + chart + " tbody tr")) {
            if (row.selectFirst("th") != null) {
                rows.put(row.selectFirst("th").text(), Long.parseLong(row.selectFirst("td").text()));
            }
        }
        return rows;
    }

    private Document page(String path, String username) throws Exception {
        String html = mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
