package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.referral.ReferralExamples;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case list: filters, search by reference, pages of 25, and a reviewer's own cases only. */
@IntegrationTest
class CaseListTests {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(PR-\\d{4}-\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    CaseWorld world;

    @BeforeEach
    void world() {
        world = new CaseWorld(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String list(String query, String user) throws Exception {
        return mvc.perform(get("/cases" + query).with(world.as(user))).andReturn().getResponse().getContentAsString();
    }

    private static List<String> cases(String html) {
        Matcher m = CASE_LINK.matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void filtersByStagePurposeAndReference() throws Exception {
        CaseReference atTriage = world.referral();
        CaseReference inRound = world.atAgencyRound();
        CaseReference goodPractice = world.referral(ReferralExamples.with(ReferralExamples.wholeReferral(),
                "referral-purpose", Map.of("purpose", "GOOD_PRACTICE")));

        assertThat(cases(list("?stage=AGENCY_INFORMATION", world.coordinator))).contains(inRound.value())
                .doesNotContain(atTriage.value(), goodPractice.value());
        assertThat(cases(list("?purpose=GOOD_PRACTICE", world.chair))).contains(goodPractice.value())
                .doesNotContain(atTriage.value(), inRound.value());
        assertThat(cases(list("?reference=" + inRound.value().toLowerCase(), world.member))).containsExactly(inRound.value());

        String prefix = inRound.value().substring(0, inRound.value().length() - 1);
        long startingSo = jdbc.sql("select count(*) from case_file where reference like ?").param(prefix + "%")
                .query(Long.class).single();
        String byPrefix = list("?reference=" + prefix, world.auditor);
        assertThat(byPrefix).contains(startingSo == 1 ? "1 case" : startingSo + " cases");
        assertThat(cases(byPrefix)).contains(inRound.value()).allMatch(r -> r.startsWith(prefix));
        assertThat(list("?stage=nonsense&purpose=%3Cb%3E&page=-3", world.coordinator)).as("unknown values are ignored")
                .contains("Cases").doesNotContain("<b>");
    }

    @Test
    void aPageNumberPastTheEndGoesToTheLastPageRatherThanCountingCasesItDoesNotShow() throws Exception {
        CaseReference ref = world.referral();

        var past = mvc.perform(get("/cases?reference=" + ref.value() + "&page=7").with(world.as(world.coordinator)))
                .andReturn().getResponse();
        assertThat(past.getRedirectedUrl()).isEqualTo("/cases?reference=" + ref.value());
        String last = list("?reference=" + ref.value(), world.coordinator);
        assertThat(last).contains("1 case").doesNotContain("No cases match these filters");
        assertThat(cases(last)).containsExactly(ref.value());
    }

    @Test
    void overdueOnlyListsCasesWithATaskPastItsDueDate() throws Exception {
        CaseReference atTriage = world.referral();
        CaseReference inRound = world.atAgencyRound();
        assertThat(cases(list("?overdue=yes", world.coordinator))).doesNotContain(inRound.value(), atTriage.value());

        // A week on, triage (two working days) is past its target; the agencies' answers (ten working days) are not.
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7))));
        String week = list("?overdue=yes", world.coordinator);
        assertThat(cases(week)).contains(atTriage.value()).doesNotContain(inRound.value());

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(23))));
        String overdue = list("?overdue=yes", world.coordinator);
        assertThat(cases(overdue)).contains(inRound.value(), atTriage.value());
        assertThat(overdue).contains("govuk-tag--red\">Overdue");
    }

    @Test
    void listsTwentyFivePerPageNewestFirstKeepingTheFilters() throws Exception {
        long total = jdbc.sql("select count(*) from case_file").query(Long.class).single();
        for (long i = total; i < 27; i++) {
            world.referral();
        }
        total = jdbc.sql("select count(*) from case_file").query(Long.class).single();
        List<String> newest = jdbc.sql("select reference from case_file order by created_at desc, reference desc")
                .query(String.class).list();

        String first = list("", world.coordinator);
        String second = list("?page=2", world.coordinator);
        assertThat(cases(first)).containsExactlyElementsOf(newest.subList(0, 25));
        assertThat(cases(second)).containsExactlyElementsOf(newest.subList(25, (int) Math.min(50, total)));
        assertThat(first).contains("govuk-pagination", "href=\"/cases?page=2\"", "aria-current=\"page\"", "rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(second).contains("rel=\"prev\"", "href=\"/cases\"");
        assertThat(list("?purpose=SCR_CONSIDERATION", world.coordinator))
                .contains("href=\"/cases?purpose=SCR_CONSIDERATION&amp;page=2\"");
        for (long i = jdbc.sql("select count(*) from case_file where stage = 'TRIAGE'").query(Long.class).single(); i < 27; i++) {
            world.referral();
        }
        List<String> newestAtTriage = jdbc.sql("select reference from case_file where stage = 'TRIAGE'"
                + " order by created_at desc, reference desc").query(String.class).list();
        assertThat(cases(list("?stage=TRIAGE", world.coordinator))).as("a stage's cases, newest first, read in index order (V380)")
                .containsExactlyElementsOf(newestAtTriage.subList(0, 25));
        assertThat(cases(list("?stage=TRIAGE&page=2", world.coordinator)))
                .containsExactlyElementsOf(newestAtTriage.subList(25, Math.min(50, newestAtTriage.size())));
    }

    @Test
    void aReviewerListsOnlyTheCasesWhoseReviewNamesThem() throws Exception {
        CaseReference reviewed = world.atReview();
        world.referral();

        assertThat(cases(list("", world.reviewer))).containsExactly(reviewed.value());
        assertThat(cases(list("", world.otherReviewer))).isEmpty();
        assertThat(list("", world.otherReviewer)).contains("0 cases");
    }
}
