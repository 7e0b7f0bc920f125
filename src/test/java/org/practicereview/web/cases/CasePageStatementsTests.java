package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the case page and the case list ask of the database, by H2's query statistics: a bounded number of
 * statements, the same however many people have acted on the case or however many cases the list holds.
 * The benchmark (docs/benchmark-results.md, round 6) found the case page at 69 statements a request, most of
 * them names and settings looked up again section by section.
 */
@IntegrationTest
class CasePageStatementsTests {

    /**
     * The case page of a case under review, read by the coordinator (round 6: 61, from 124 before; 63 with the 2018
     * route's sections, which each read their own table once, whatever the case's law).
     */
    private static final int CASE_PAGE_BOUND = 63;
    /** The case list with a stage filter: the settings, the count, the page and two commits (its cost was the plan). */
    private static final int CASE_LIST_BOUND = 5;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    CaseWorld world;

    @BeforeEach
    void world() {
        Assumptions.assumeTrue(jdbc.sql("select count(*) from information_schema.tables where table_name = 'QUERY_STATISTICS'")
                .query(Long.class).single() > 0, "H2's query statistics");
        world = new CaseWorld(context);
    }

    @Test
    void theCasePageTakesTheSameStatementsHoweverManyPeopleHaveActedOnTheCase() throws Exception {
        CaseReference ref = world.atReview();
        String path = "/cases/" + ref.value();
        mvc.perform(get(path).with(world.as(world.coordinator)));

        Map<String, Long> first = statements(path, world.coordinator);
        for (String viewer : List.of(world.member, world.chair, world.auditor, world.reviewer)) {
            mvc.perform(get(path).with(world.as(viewer))); // four more people in its trail
        }
        Map<String, Long> again = statements(path, world.coordinator);

        assertThat(total(again)).as("statements of the case page after four more people viewed it:%n%s%nbefore:%n%s",
                        listed(again), listed(first))
                .isLessThanOrEqualTo(total(first)).isLessThanOrEqualTo(CASE_PAGE_BOUND);
        assertThat(count(again, "from app_user")).as("people named by the page, in statements:%n%s", listed(again))
                .isBetween(1L, 2L);
        assertThat(count(again, "from agency")).as("agencies named by the page, in statements:%n%s", listed(again)).isEqualTo(1);
        assertThat(count(again, "from trail_event")).as("reads of the case's trail:%n%s", listed(again)).isEqualTo(1);
    }

    @Test
    void theCaseListWithAStageFilterTakesTheSameStatementsHoweverManyCasesItHolds() throws Exception {
        world.atAgencyRound();
        String path = "/cases?stage=" + Stage.AGENCY_INFORMATION.name();
        Map<String, Long> one = statements(path, world.coordinator);
        for (int i = 0; i < 3; i++) {
            world.atAgencyRound();
        }
        Map<String, Long> four = statements(path, world.coordinator);

        assertThat(total(four)).as("statements of the case list with four cases at the stage:%n%s", listed(four))
                .isEqualTo(total(one)).isLessThanOrEqualTo(CASE_LIST_BOUND);
        String page = four.keySet().stream().filter(sql -> sql.contains("from case_file c") && sql.contains("limit")).findFirst()
                .orElseThrow();
        String plan = String.join("\n", jdbc.sql("explain " + page).params(Stage.AGENCY_INFORMATION.name(), 25, 0)
                .query(String.class).list());
        assertThat(plan).as("the page of a stage is read in index order, one page and no more (V380)").contains("index sorted");
    }

    /** Each statement of one request of {@code path} by {@code user}, with how often it ran. */
    private Map<String, Long> statements(String path, String user) throws Exception {
        var signedIn = world.as(user);
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        int status = mvc.perform(get(path).with(signedIn)).andReturn().getResponse().getStatus();
        List<Map.Entry<String, Long>> rows = new ArrayList<>();
        jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics"
                        + " where sql_statement not like '%QUERY_STATISTICS%' and sql_statement not like '%query_statistics%'")
                .query(rs -> {
                    rows.add(Map.entry(rs.getString(1).replaceAll("\\s+", " "), rs.getLong(2)));
                });
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        assertThat(status).as("status of %s", path).isEqualTo(200);
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
    }

    private static long total(Map<String, Long> statements) {
        return statements.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How often statements reading {@code from} a table ran ("from agency" matches no "agency_..." table). */
    private static long count(Map<String, Long> statements, String table) {
        String pattern = "(?is).*\\b" + table.replace(" ", "\\s+") + "\\b(?![_.]).*";
        return statements.entrySet().stream().filter(e -> e.getKey().matches(pattern)).mapToLong(Map.Entry::getValue).sum();
    }

    private static String listed(Map<String, Long> statements) {
        return statements.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%3d  %s", e.getValue(), e.getKey())).collect(Collectors.joining("\n"));
    }
}
