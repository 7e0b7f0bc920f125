package org.practicereview.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Agencies record where they used a published briefing, each seeing only its own entries; the board reads
 * take-up per briefing and per agency, counted from what the agencies recorded here.
 */
@IntegrationTest
class BriefingUsesTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Trail trail;

    LearningWorld world;

    @BeforeEach
    void world() {
        world = new LearningWorld(context);
    }

    @Test
    void agenciesRecordUsesAndTheBoardSeesTakeUpPerBriefingAndPerAgency() throws Exception {
        CaseReference ref = published("Child W");
        LocalDate lastWeek = LocalDate.now().minusDays(7);
        String agencyPage = page("/briefings", world.police);
        assertThat(agencyPage).contains("Serious Case Review (SCR) – Child W", "Record a use");

        String refused = record(ref, world.police, null, LocalDate.now().plusDays(3), "many", "x");
        assertThat(refused).contains("<title>Error: Record where a briefing was used", "There is a problem",
                "Select where the briefing was used", "The date the briefing was used must be today or in the past",
                "The number of staff must be a whole number between 1 and 100000", "value=\"many\"");
        assertThat(uses(ref)).isZero();

        assertThat(record(ref, world.police, "TEAM_MEETING", lastWeek, "12", "Police team agreed a new handover.")).isNull();
        assertThat(record(ref, world.police, "SUPERVISION", lastWeek, "3", null)).isNull();
        assertThat(record(ref, world.health, "TRAINING", lastWeek, "40", "Health named nurses discussed it.")).isNull();

        Document board = Jsoup.parse(page("/briefings", world.member));
        var row = board.select("#take-up-by-briefing tr:has(th:contains(Child W)) td");
        assertThat(row.eachText()).containsSubsequence(String.valueOf(uses(ref)), String.valueOf(staff(ref)), "2");
        assertThat(board.select("#take-up-by-agency tr:has(th:contains(Northshire Police)) td").eachText())
                .containsExactly("2", "15", "1");
        assertThat(board.select("#take-up-by-agency tr:has(th:contains(Northshire Health Trust)) td").eachText())
                .containsExactly("1", "40", "1");
        assertThat(board.text()).doesNotContain("NORTHSHIRE_POLICE", "TEAM_MEETING");

        String police = page("/briefings", world.police);
        assertThat(police).contains("Police team agreed a new handover.", "Team meeting", "Supervision")
                .doesNotContain("Health named nurses discussed it.", "take-up-by-agency");
        assertThat(trail.forCase(ref)).extracting(TrailEntry::kind).contains(TrailAction.BRIEFING_USE_RECORDED);
        assertThat(trail.forCase(ref)).extracting(TrailEntry::details).noneMatch(d -> d.contains("handover"));
    }

    @Test
    void onlyAPublishedBriefingTakesUsesAndOnlyFromAnAgency() throws Exception {
        CaseReference unpublished = ProcessDriver.newCase();
        mvc.perform(get("/briefings/" + unpublished.value() + "/uses/new").with(world.as(world.police))).andExpect(status().isNotFound());
        CaseReference ref = published("Child V");
        mvc.perform(get("/briefings/" + ref.value() + "/uses/new").with(world.as(world.member))).andExpect(status().isNotFound());
        mvc.perform(post("/briefings/" + ref.value() + "/uses/new").param("setting", "TRAINING").param("staff", "3")
                .with(world.as(world.member)).with(csrf())).andExpect(status().isNotFound());
        assertThat(uses(ref)).isZero();
    }

    /** A review as the publication step leaves it: its pack published with a pseudonym. */
    private CaseReference published(String pseudonym) {
        CaseReference ref = ProcessDriver.newCase();
        Instant at = Instant.now().minus(30, ChronoUnit.DAYS);
        jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, proceedings_open, check_rounds, "
                + "briefing_version, published_at) values (0, ?, 'SCR', 'PUBLISHED', false, 1, 1, ?)")
                .params(ref.value(), Timestamp.from(at)).update();
        long id = jdbc.sql("select id from publication_pack where case_reference = ?").param(ref.value()).query(Long.class).single();
        jdbc.sql("insert into publication_pack_text (pack_id, field_key, text_value) values (?, 'pseudonym', ?), (?, 'themes', 'Neglect')")
                .params(id, pseudonym, id).update();
        return ref;
    }

    /** Null when recorded; the page shown again otherwise. */
    private String record(CaseReference ref, String user, String setting, LocalDate on, String staff, String note) throws Exception {
        var request = post("/briefings/" + ref.value() + "/uses/new").param("usedOn-day", String.valueOf(on.getDayOfMonth()))
                .param("usedOn-month", String.valueOf(on.getMonthValue())).param("usedOn-year", String.valueOf(on.getYear()))
                .param("staff", staff).with(world.as(user)).with(csrf());
        if (setting != null) {
            request.param("setting", setting);
        }
        if (note != null) {
            request.param("note", note);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        return response.getStatus() == 302 ? null : response.getContentAsString();
    }

    private int uses(CaseReference ref) {
        return jdbc.sql("select count(*) from learning_briefing_use where case_reference = ?").param(ref.value()).query(Integer.class).single();
    }

    private int staff(CaseReference ref) {
        return jdbc.sql("select coalesce(sum(staff_count), 0) from learning_briefing_use where case_reference = ?").param(ref.value())
                .query(Integer.class).single();
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(world.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
