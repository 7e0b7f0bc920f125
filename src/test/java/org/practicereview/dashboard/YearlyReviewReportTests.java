package org.practicereview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The yearly report of reviews over seeded cases of both routes, across the year's edges: every figure equals the
 * count the test makes itself from its own list of seeded cases, on the page, in the CSV and in the PDF.
 */
@IntegrationTest
class YearlyReviewReportTests {

    record Decided(String ref, String option, Instant at) {}
    record Reviewed(String ref, String type, Instant completed, Instant target) {}
    record Published(String ref, String type, String status, Instant at) {}
    record Commissioned(String ref, String reviewType, String decided) {}

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired UserDetailsService details;
    @Autowired RuntimeService runtime;
    @Autowired WorkingDays workingDays;

    int year;
    List<Decided> decisions;
    List<Reviewed> reviews;
    List<Published> publications;
    List<Commissioned> commissioned;

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingDays.UK).toInstant();
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
        commissioned = List.of(
                new Commissioned("PR-0031", "LCSPR", y + "-01-01"),
                new Commissioned("PR-0032", "LCSPR", y + "-12-31"),
                new Commissioned("PR-0033", "LCSPR", (y - 1) + "-12-31"),
                new Commissioned("PR-0034", "SCR", y + "-05-05"));
        if (jdbc.sql("select count(*) from review where case_reference = 'PR-0011'").query(Long.class).single() > 0) {
            return;
        }
        decisions.forEach(d -> jdbc.sql("insert into scr_decision (case_reference, decision_option, rationale, criteria_result, "
                        + "criteria_set, criteria_version, departs_from_criteria, decided_by, decided_at, within_deadline) "
                        + "values (?, ?, 'Fictional rationale', 'MET', 'scr-criteria', 1, false, 'chair', ?, true)")
                .params(d.ref(), d.option(), d.at()).update());
        reviews.forEach(r -> jdbc.sql("insert into review (row_version, case_reference, review_type, status, started_at, "
                        + "completed_at, target_due) values (0, ?, ?, ?, ?, ?, ?)")
                .params(r.ref(), r.type(), r.completed() == null ? "REVIEWER_APPOINTED" : "COMPLETED", at(y - 2, 1, 1, 10),
                        r.completed(), r.target()).update());
        publications.forEach(p -> jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, "
                        + "proceedings_open, check_rounds, briefing_version, published_at) values (0, ?, ?, ?, false, 1, 1, ?)")
                .params(p.ref(), p.type(), p.status(), p.at()).update());
        for (Commissioned c : commissioned) {
            Map<String, Object> variables = new LinkedHashMap<>(Map.of("caseReference", c.ref(), "reviewType", c.reviewType(),
                    "agencies", List.of(), "decisionToInitiateDate", c.decided()));
            runtime.startProcessInstanceByKey("scr-review", c.ref(), variables);
        }
        users.create(new NewUser("yearly.auditor", "Test auditor", "yearly.auditor@example.org", Set.of(Role.AUDITOR), null,
                "correct horse battery staple"));
    }

    /** The figures, counted here from the seeded lists alone. */
    Map<String, Long> expected() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("SCRs the chair decided to initiate", decisions.stream()
                .filter(d -> d.option().equals("INITIATE_SCR") && inYear(d.at())).map(Decided::ref).distinct().count());
        figures.put("Cases the chair decided not to initiate an SCR on (another review, or none)", decisions.stream()
                .filter(d -> (d.option().equals("OTHER_REVIEW") || d.option().equals("NO_REVIEW")) && inYear(d.at()))
                .map(Decided::ref).distinct().count());
        figures.put("SCRs published", publications.stream().filter(p -> p.type().equals("SCR") && p.status().equals("PUBLISHED")
                && inYear(p.at())).count());
        figures.put("Commissioned: the safeguarding partners decided to initiate one", commissioned.stream()
                .filter(c -> "LCSPR".equals(c.reviewType()) && LocalDate.parse(c.decided()).getYear() == year).count());
        figures.put("Completed", reviews.stream().filter(r -> r.type().equals("LCSPR") && r.completed() != null
                && inYear(r.completed())).count());
        figures.put("Completed within six months of the decision to initiate", reviews.stream().filter(r -> r.type().equals("LCSPR")
                && r.completed() != null && inYear(r.completed()) && !r.completed().isAfter(r.target())).count());
        figures.put("Published", publications.stream().filter(p -> p.type().equals("LCSPR") && p.status().equals("PUBLISHED")
                && inYear(p.at())).count());
        return figures;
    }

    boolean inYear(Instant at) {
        return at != null && at.atZone(WorkingDays.UK).getYear() == year;
    }

    @Test
    void everyFigureOnThePageEqualsTheCountOfTheSeededCases() throws Exception {
        Document page = Jsoup.parse(body("/dashboard/yearly?year=" + year));

        Map<String, Long> shown = new LinkedHashMap<>();
        for (Element row : page.select("table.govuk-table tbody tr")) {
            shown.put(row.selectFirst("th").text(), Long.parseLong(row.selectFirst("td").text()));
        }
        assertThat(shown).containsExactlyEntriesOf(expected());
        assertThat(expected().values()).as("the seeds test something").allMatch(v -> v > 0);
        assertThat(page.select("caption").eachText()).containsExactly(YearlyReviewReport.SCR_ROUTE, YearlyReviewReport.LOCAL_REVIEWS);
        assertThat(page.text()).contains("Serious incidents notified to the national panel, rapid reviews and referrals for a "
                + "national review are not counted on this page yet.");
    }

    @Test
    void theCsvAndThePdfGiveTheSameFigures() throws Exception {
        String csv = body("/dashboard/yearly.csv?year=" + year);
        StringBuilder expectedCsv = new StringBuilder("\"Route\",\"Figure\",\"Number\"\r\n");
        int i = 0;
        for (Map.Entry<String, Long> e : expected().entrySet()) {
            String route = i++ < 3 ? YearlyReviewReport.SCR_ROUTE : YearlyReviewReport.LOCAL_REVIEWS;
            expectedCsv.append("\"").append(route).append("\",\"").append(e.getKey()).append("\",\"").append(e.getValue()).append("\"\r\n");
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
            assertThat(text).contains("The partnership's reviews in " + year, YearlyReviewReport.LOCAL_REVIEWS);
            for (Map.Entry<String, Long> e : expected().entrySet()) {
                assertThat(text).contains(e.getKey() + " " + e.getValue());
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
