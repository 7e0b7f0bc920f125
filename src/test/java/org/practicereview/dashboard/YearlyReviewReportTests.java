package org.practicereview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignedInUser;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.practicereview.workflow.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The yearly report of reviews over seeded cases of both routes, across the year's edges and on both sides of each
 * deadline (5 working days to notify, 15 to send the rapid review, six months for a local review): every figure equals
 * the count the test makes itself from its own list of seeded cases, on the page, in the CSV and in the PDF.
 */
@IntegrationTest
class YearlyReviewReportTests {

    record Decided(String ref, String option, Instant at) {}
    record Reviewed(String ref, String type, Instant completed, Instant target) {}
    record Published(String ref, String type, String status, Instant at) {}
    record Incident(String ref, Boolean notifyPanel, Instant evaluated, LocalDate dueOn, LocalDate notifiedOn, Instant toldOfsted) {}
    /** One version of a rapid review: approved by the three partners by {@code approved}, the panel's response if any. */
    record Version(String ref, String outcome, boolean alsoLocal, Instant due, Instant sent, Instant approved, String response,
                   LocalDate responseOn) {}
    record Figure(String section, String label, long value) {}

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired WorkingDays workingDays;

    int year;
    List<Decided> decisions;
    List<Reviewed> reviews;
    List<Published> publications;
    List<Incident> incidents;
    List<Version> rapidReviews;

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingDays.UK).toInstant();
    }

    /** PostgreSQL's driver takes no {@code Instant}: every moment goes in as a timestamp. */
    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    @BeforeEach
    void seedCasesOfBothRoutesAroundLastYear() {
        year = workingDays.today().getYear() - 1;
        int y = year;
        decisions = List.of(
                new Decided("PR-0001", "INITIATE_SCR", at(y, 1, 1, 0)),
                new Decided("PR-0002", "DEFER", at(y, 2, 1, 10)), new Decided("PR-0002", "OTHER_REVIEW", at(y, 4, 1, 10)),
                new Decided("PR-0003", "NO_REVIEW", at(y, 12, 31, 23)),
                new Decided("PR-0004", "INITIATE_SCR", at(y - 1, 12, 31, 23)),
                new Decided("PR-0005", "DEFER", at(y, 6, 1, 10)),
                new Decided("PR-0006", "INITIATE_SCR", at(y + 1, 1, 1, 0)));
        reviews = List.of(
                new Reviewed("PR-0011", "LCSPR", at(y, 5, 1, 10), at(y, 6, 1, 17)),
                new Reviewed("PR-0012", "LCSPR", at(y, 9, 1, 10), at(y, 6, 1, 17)),
                new Reviewed("PR-0013", "LCSPR", null, at(y, 6, 1, 17)),
                new Reviewed("PR-0014", "LCSPR", at(y - 1, 9, 1, 10), at(y - 1, 12, 1, 17)),
                new Reviewed("PR-0015", "SCR", at(y, 3, 1, 10), at(y, 4, 1, 17)));
        publications = List.of(
                new Published("PR-0021", "SCR", "PUBLISHED", at(y, 3, 3, 10)),
                new Published("PR-0022", "LCSPR", "PUBLISHED", at(y, 7, 3, 10)),
                new Published("PR-0023", "LCSPR", "PUBLISHED", at(y - 1, 7, 3, 10)),
                new Published("PR-0024", "SCR", "APPROVED", null),
                new Published("PR-0025", "REFLECTIVE", "PUBLISHED", at(y, 8, 3, 10)));
        incidents = List.of(
                new Incident("PR-0041", true, at(y - 1, 12, 28, 10), LocalDate.of(y, 1, 4), LocalDate.of(y, 1, 1), null),
                new Incident("PR-0042", true, at(y, 3, 1, 10), LocalDate.of(y, 3, 7), LocalDate.of(y, 3, 10), null),
                new Incident("PR-0043", true, at(y, 12, 24, 10), LocalDate.of(y, 12, 31), LocalDate.of(y, 12, 31), null),
                new Incident("PR-0044", true, at(y - 1, 12, 22, 10), LocalDate.of(y - 1, 12, 30), LocalDate.of(y - 1, 12, 31), null),
                new Incident("PR-0045", true, at(y, 12, 29, 10), LocalDate.of(y + 1, 1, 6), LocalDate.of(y + 1, 1, 1), null),
                new Incident("PR-0046", false, at(y, 6, 1, 10), null, null, null),
                new Incident("PR-0047", false, at(y - 1, 12, 31, 23), null, null, null),
                new Incident("PR-0048", true, at(y - 1, 12, 30, 10), LocalDate.of(y, 1, 6), LocalDate.of(y, 1, 2), at(y, 1, 1, 0)),
                new Incident("PR-0049", true, at(y, 12, 31, 20), LocalDate.of(y + 1, 1, 8), null, at(y + 1, 1, 1, 0)),
                new Incident("PR-0050", true, at(y, 9, 1, 10), LocalDate.of(y, 9, 8), null, null),
                new Incident("PR-0051", null, null, null, null, null));
        rapidReviews = List.of(
                new Version("PR-0061", "LCSPR", false, at(y, 1, 20, 17), at(y, 1, 15, 10), at(y, 1, 14, 10), "AGREES",
                        LocalDate.of(y, 2, 1)),
                new Version("PR-0062", "NATIONAL_REVIEW", false, at(y, 3, 1, 17), at(y, 3, 5, 10), at(y, 3, 4, 10),
                        "MORE_INFORMATION", LocalDate.of(y, 3, 20)),
                new Version("PR-0062", "NATIONAL_REVIEW", true, at(y, 4, 10, 17), at(y, 4, 2, 10), at(y, 4, 1, 10),
                        "NATIONAL_REVIEW", LocalDate.of(y, 4, 15)),
                new Version("PR-0063", "LCSPR", false, at(y - 1, 12, 20, 17), at(y - 1, 12, 18, 10), at(y - 1, 12, 17, 10),
                        "MORE_INFORMATION", LocalDate.of(y - 1, 12, 30)),
                new Version("PR-0063", "LCSPR", false, at(y, 1, 12, 17), at(y, 1, 10, 10), at(y, 1, 9, 10), "AGREES",
                        LocalDate.of(y, 1, 20)),
                new Version("PR-0064", "LCSPR", false, at(y, 12, 31, 17), at(y, 12, 31, 16), at(y, 12, 31, 10), null, null),
                new Version("PR-0065", "NO_LOCAL_REVIEW", false, at(y, 6, 10, 17), at(y, 6, 20, 10), at(y, 6, 19, 10), "AGREES",
                        LocalDate.of(y, 7, 1)),
                new Version("PR-0066", "NATIONAL_REVIEW", false, at(y + 1, 1, 20, 17), at(y + 1, 1, 1, 0), at(y, 12, 31, 23),
                        "NATIONAL_REVIEW", LocalDate.of(y + 1, 1, 5)),
                new Version("PR-0067", "LCSPR", false, at(y, 10, 1, 17), null, null, null, null),
                new Version("PR-0068", "LCSPR", false, at(y - 1, 12, 10, 17), at(y - 1, 12, 5, 10), at(y - 1, 12, 4, 10), "AGREES",
                        LocalDate.of(y, 1, 3)),
                new Version("PR-0069", "NATIONAL_REVIEW", false, at(y - 1, 12, 22, 17), at(y - 1, 12, 20, 10),
                        at(y - 1, 12, 19, 10), "NATIONAL_REVIEW", LocalDate.of(y, 1, 2)),
                new Version("PR-0070", "LCSPR", false, at(y, 1, 22, 17), at(y, 1, 2, 10), at(y, 1, 1, 0), "AGREES",
                        LocalDate.of(y, 1, 10)),
                new Version("PR-0071", "NATIONAL_REVIEW", true, at(y, 1, 21, 17), at(y - 1, 12, 31, 23), at(y - 1, 12, 31, 22),
                        "AGREES", LocalDate.of(y, 1, 15)));
        if (jdbc.sql("select count(*) from review where case_reference = 'PR-0011'").query(Long.class).single() > 0) {
            return;
        }
        decisions.forEach(d -> jdbc.sql("insert into scr_decision (case_reference, decision_option, rationale, criteria_result, "
                        + "criteria_set, criteria_version, departs_from_criteria, decided_by, decided_at, within_deadline) "
                        + "values (?, ?, 'Fictional rationale', 'MET', 'scr-criteria', 1, false, 'chair', ?, true)")
                .params(d.ref(), d.option(), ts(d.at())).update());
        reviews.forEach(r -> jdbc.sql("insert into review (row_version, case_reference, review_type, status, started_at, "
                        + "completed_at, target_due) values (0, ?, ?, ?, ?, ?, ?)")
                .params(r.ref(), r.type(), r.completed() == null ? "REVIEWER_APPOINTED" : "COMPLETED", ts(at(y - 2, 1, 1, 10)),
                        ts(r.completed()), ts(r.target())).update());
        publications.forEach(p -> jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, "
                        + "proceedings_open, check_rounds, briefing_version, published_at) values (0, ?, ?, ?, false, 1, 1, ?)")
                .params(p.ref(), p.type(), p.status(), ts(p.at())).update());
        incidents.forEach(this::insert);
        rapidReviews.forEach(this::insert);
        users.create(new NewUser("yearly.auditor", "Test auditor", "yearly.auditor@example.org", Set.of(Role.AUDITOR), null,
                "correct horse battery staple"));
    }

    private void insert(Incident i) {
        jdbc.sql("insert into serious_incident_notification (case_reference, became_aware_on, looked_after_child, "
                        + "abuse_or_neglect, child_died, child_seriously_harmed, where_harmed, recorded_by, recorded_at, notify_panel, "
                        + "notify_ofsted_and_sos, evaluated_at, panel_due_on, panel_notified_on, ofsted_and_sos_told_at) "
                        + "values (?, ?, ?, true, ?, true, 'IN_AREA', 'coordinator', ?, ?, ?, ?, ?, ?, ?)")
                .params(i.ref(), LocalDate.of(year - 2, 1, 5), i.toldOfsted() != null, i.toldOfsted() != null,
                        ts(at(year - 2, 1, 5, 10)), i.notifyPanel(), i.notifyPanel() == null ? null : i.toldOfsted() != null,
                        ts(i.evaluated()), i.dueOn(), i.notifiedOn(), ts(i.toldOfsted()))
                .update();
    }

    /** A version of the rapid review, the three partners' approvals of it (the last at its time) and the panel's response. */
    private void insert(Version v) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into rapid_review (case_reference, meeting_on, facts, action_for_child, action_for_others, learning, "
                        + "child_context, criteria, outcome, partners_recommend_local, rationale, due_at, recorded_by, recorded_at, "
                        + "sent_at) values (?, ?, 'Fictional facts', 'None', 'None', 'Fictional learning', 'Fictional context', '', "
                        + "?, ?, 'Fictional rationale', ?, 'coordinator', ?, ?)")
                .params(v.ref(), LocalDate.of(year - 2, 1, 5), v.outcome(), v.alsoLocal(), ts(v.due()), ts(at(year - 2, 1, 5, 10)),
                        ts(v.sent()))
                .update(key, "id");
        long id = key.getKey().longValue();
        if (v.approved() != null) {
            List.of("PARTNER_POLICE", "PARTNER_ICB", "PARTNER_LOCAL_AUTHORITY").forEach(partner -> jdbc.sql(
                            "insert into rapid_review_approval (rapid_review_id, case_reference, partner_role, approved, decided_by, "
                                    + "decided_at) values (?, ?, ?, true, 'partner', ?)")
                    .params(id, v.ref(), partner, ts(partner.equals("PARTNER_LOCAL_AUTHORITY") ? v.approved()
                            : v.approved().minus(Duration.ofDays(3))))
                    .update());
        }
        if (v.response() != null) {
            jdbc.sql("insert into rapid_review_panel_response (rapid_review_id, case_reference, received_on, response, panel_words, "
                            + "recorded_by, recorded_at) values (?, ?, ?, ?, 'Fictional words of the panel', 'coordinator', ?)")
                    .params(id, v.ref(), v.responseOn(), v.response(), ts(at(year - 2, 1, 5, 10))).update();
        }
    }

    /** The figures, counted here from the seeded lists alone, under the heading of their route, in the report's order. */
    List<Figure> expected() {
        String scr = YearlyReviewReport.SCR_ROUTE;
        String local = YearlyReviewReport.LOCAL_REVIEWS;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(scr, "SCRs the chair decided to initiate", decisions.stream()
                .filter(d -> d.option().equals("INITIATE_SCR") && inYear(d.at())).map(Decided::ref).distinct().count()));
        figures.add(new Figure(scr, "Cases the chair decided not to initiate an SCR on (another review, or none)", decisions.stream()
                .filter(d -> (d.option().equals("OTHER_REVIEW") || d.option().equals("NO_REVIEW")) && inYear(d.at()))
                .map(Decided::ref).distinct().count()));
        figures.add(new Figure(scr, "SCRs published", publications.stream().filter(p -> p.type().equals("SCR")
                && p.status().equals("PUBLISHED") && inYear(p.at())).count()));
        figures.addAll(expectedOfThe2018Route());
        figures.add(new Figure(local, "Commissioned: the safeguarding partners decided to initiate one", rapidReviews.stream()
                .filter(v -> (v.outcome().equals("LCSPR") || (v.outcome().equals("NATIONAL_REVIEW") && v.alsoLocal()))
                        && v.response() != null && !v.response().equals("MORE_INFORMATION") && inYear(v.approved()))
                .map(Version::ref).distinct().count()));
        figures.add(new Figure(local, "Completed", reviews.stream().filter(r -> r.type().equals("LCSPR") && r.completed() != null
                && inYear(r.completed())).count()));
        figures.add(new Figure(local, "Completed within six months of the decision to initiate", reviews.stream()
                .filter(r -> r.type().equals("LCSPR") && r.completed() != null && inYear(r.completed())
                        && !r.completed().isAfter(r.target())).count()));
        figures.add(new Figure(local, "Published", publications.stream().filter(p -> p.type().equals("LCSPR")
                && p.status().equals("PUBLISHED") && inYear(p.at())).count()));
        return figures;
    }

    /** Notifications by their day; a rapid review by the first time its case was sent, on time against its first version. */
    List<Figure> expectedOfThe2018Route() {
        String route = YearlyReviewReport.CSPR_ROUTE;
        Map<String, List<Version>> byCase = new LinkedHashMap<>();
        rapidReviews.forEach(v -> byCase.computeIfAbsent(v.ref(), ref -> new ArrayList<>()).add(v));
        List<List<Version>> sentInYear = byCase.values().stream().filter(versions -> inYear(firstSent(versions))).toList();
        return List.of(
                new Figure(route, "Serious incidents notified to the national panel", incidents.stream()
                        .filter(i -> inYear(i.notifiedOn())).count()),
                new Figure(route, "Notified within 5 working days of the local authority becoming aware", incidents.stream()
                        .filter(i -> inYear(i.notifiedOn()) && !i.notifiedOn().isAfter(i.dueOn())).count()),
                new Figure(route, "Incidents the criteria said were not to be notified to the national panel", incidents.stream()
                        .filter(i -> Boolean.FALSE.equals(i.notifyPanel()) && inYear(i.evaluated())).count()),
                new Figure(route, "Deaths of looked-after children notified to Ofsted and the Secretary of State", incidents.stream()
                        .filter(i -> inYear(i.toldOfsted())).count()),
                new Figure(route, "Rapid reviews completed and sent to the national panel", sentInYear.size()),
                new Figure(route, "Rapid reviews sent within their 15 working days", sentInYear.stream()
                        .filter(versions -> !firstSent(versions).isAfter(versions.get(0).due())).count()),
                new Figure(route, "Rapid reviews asking the national panel to consider a national review", byCase.values().stream()
                        .filter(versions -> inYear(firstSent(versions.stream().filter(v -> v.outcome().equals("NATIONAL_REVIEW"))
                                .toList()))).count()),
                new Figure(route, "Responses of the national panel that it will consider a national review", rapidReviews.stream()
                        .filter(v -> "NATIONAL_REVIEW".equals(v.response()) && inYear(v.responseOn())).count()));
    }

    static Instant firstSent(List<Version> versions) {
        return versions.stream().map(Version::sent).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    boolean inYear(Instant at) {
        return at != null && at.atZone(WorkingDays.UK).getYear() == year;
    }

    boolean inYear(LocalDate day) {
        return day != null && day.getYear() == year;
    }

    @Test
    void everyFigureOnThePageEqualsTheCountOfTheSeededCases() throws Exception {
        Document page = Jsoup.parse(body("/dashboard/yearly?year=" + year));

        List<Figure> shown = new ArrayList<>();
        for (Element table : page.select("table.govuk-table")) {
            for (Element row : table.select("tbody tr")) {
                shown.add(new Figure(table.selectFirst("caption").text(), row.selectFirst("th").text(),
                        Long.parseLong(row.selectFirst("td").text())));
            }
        }
        assertThat(shown).containsExactlyElementsOf(expected());
        assertThat(page.select("caption").eachText()).containsExactly(YearlyReviewReport.SCR_ROUTE, YearlyReviewReport.CSPR_ROUTE,
                YearlyReviewReport.LOCAL_REVIEWS);
        assertThat(page.text()).doesNotContain("not counted").contains("A rapid review sent back and sent again counts once");
    }

    @Test
    void theSeedsLieOnBothSidesOfTheYearsEdgesAndOfTheDeadlines() {
        Map<String, Long> figures = new LinkedHashMap<>();
        expected().forEach(f -> figures.put(f.label(), f.value()));
        assertThat(figures.values()).as("every figure counts something").allMatch(v -> v > 0);
        assertThat(figures.get("Notified within 5 working days of the local authority becoming aware"))
                .isLessThan(figures.get("Serious incidents notified to the national panel"));
        assertThat(figures.get("Rapid reviews sent within their 15 working days"))
                .isLessThan(figures.get("Rapid reviews completed and sent to the national panel"));
        assertThat(figures.get("Completed within six months of the decision to initiate")).isLessThan(figures.get("Completed"));
        assertThat(incidents.stream().filter(i -> i.notifiedOn() != null && !inYear(i.notifiedOn()))).isNotEmpty();
        assertThat(rapidReviews.stream().filter(v -> v.sent() != null && !inYear(v.sent()))).isNotEmpty();
        assertThat(rapidReviews.stream().filter(v -> v.approved() != null && !inYear(v.approved()))).isNotEmpty();
    }

    @Test
    void theCsvAndThePdfGiveTheSameFigures() throws Exception {
        String csv = body("/dashboard/yearly.csv?year=" + year);
        StringBuilder expectedCsv = new StringBuilder("\"Route\",\"Figure\",\"Number\"\r\n");
        for (Figure f : expected()) {
            expectedCsv.append("\"").append(f.section()).append("\",\"").append(f.label()).append("\",\"").append(f.value())
                    .append("\"\r\n");
        }
        assertThat(csv).isEqualTo(expectedCsv.toString());

        byte[] bytes = mvc.perform(get("/dashboard/yearly.pdf?year=" + year).with(as("yearly.auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            for (PDPage p : pdf.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    assertThat(p.getResources().getFont(name).isEmbedded()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("The partnership's reviews in " + year, YearlyReviewReport.SCR_ROUTE,
                    YearlyReviewReport.CSPR_ROUTE, YearlyReviewReport.LOCAL_REVIEWS);
            String afterThe2018Heading = text.substring(text.indexOf(YearlyReviewReport.CSPR_ROUTE));
            for (Figure f : expected()) {
                assertThat(f.section().equals(YearlyReviewReport.SCR_ROUTE) ? text : afterThe2018Heading)
                        .contains(f.label() + " " + f.value());
            }
        }
    }

    @Test
    void aPrgMemberOrAnAgencyCannotOpenIt() throws Exception {
        users.create(new NewUser("yearly.member", "Test member", "yearly.member@example.org", Set.of(Role.PRG_MEMBER), null,
                "correct horse battery staple"));
        mvc.perform(get("/dashboard/yearly").with(as("yearly.member"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/yearly.csv").with(as("yearly.member"))).andExpect(status().isNotFound());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(as("yearly.auditor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        SignedInUser user = (SignedInUser) details.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.authentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
