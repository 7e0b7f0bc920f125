package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.TestPdfs;
import org.practicereview.review.ProcessDriver;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public pages show published reviews only, with their catalogue fields and documents. */
class LearningFromReviewsPagesTests extends PublicationPages {

    static final String TITLE = "Serious Case Review (SCR) – Child Q";

    @Test
    void thePublicPageNamesTheReviewTheChairCommissionedWhateverThePackSays() throws Exception {
        CaseReference ref = ProcessDriver.newCase();
        driver.start("publication", ref, Map.of("reviewType", "GOOD_PRACTICE"));
        Map<String, Object> pack = PublicationProcessTests.summaryOnly(PublicationProcessTests.pack("no"));
        pack.put("reviewType", "SCR");
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, pack);
        passNoticePeriod(ref);
        driver.complete(ref, "Task_ApprovePublication", PublicationProcessTests.CHAIR, Map.of("publicationApproved", "yes"));

        mvc.perform(get("/learning-from-reviews/" + ref.value())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Good Practice Review – Child Q")))
                .andExpect(content().string(not(containsString("Serious Case Review"))));
    }

    @Test
    void thePublicPagesLinkWorkingTogetherAndTheBoardsProcedure() throws Exception {
        CaseReference ref = atPackStage();
        publish(ref);

        for (String page : new String[] {"/learning-from-reviews", "/learning-from-reviews/" + ref.value()}) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "href=\"https://www.gov.uk/government/publications/working-together-to-safeguard-children--2\"")))
                    .andExpect(content().string(containsString("Working Together to Safeguard Children")))
                    .andExpect(content().string(containsString(
                            "href=\"https://northshire-scb.example.org/procedures/case-reviews\"")))
                    .andExpect(content().string(containsString("procedure for case reviews")));
        }
    }

    @Test
    void aPseudonymAsBoardsWriteItIsPublishedAsWritten() throws Exception {
        CaseReference ref = atPackStage();
        Map<String, Object> pack = PublicationProcessTests.summaryOnly(PublicationProcessTests.pack("no"));
        pack.put("pseudonym", "MARTHA, MARY & BEN");
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, pack);
        passNoticePeriod(ref);
        driver.complete(ref, "Task_ApprovePublication", PublicationProcessTests.CHAIR, Map.of("publicationApproved", "yes"));

        mvc.perform(get("/learning-from-reviews/" + ref.value())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Serious Case Review (SCR) – MARTHA, MARY &amp; BEN")));
    }

    @Test
    void aPublishedReviewIsListedWithItsReportSummaryAndBriefingAsHtmlAndPdf() throws Exception {
        CaseReference ref = atPackStage();
        RequestPostProcessor coordinator = user(Role.PRG_COORDINATOR);
        byte[] report = TestPdfs.withPages(CLEAN_REPORT, "Recommendations of the review.");
        upload(ref, coordinator, "FINAL_REPORT", report);
        upload(ref, coordinator, "EXECUTIVE_SUMMARY", TestPdfs.withPages("Executive summary."));
        publish(ref);
        String page = "/learning-from-reviews/" + ref.value();

        mvc.perform(get("/learning-from-reviews")).andExpect(status().isOk())
                .andExpect(content().string(containsString(TITLE)))
                .andExpect(content().string(containsString(page + "/report.pdf")))
                .andExpect(content().string(containsString(page + "/executive-summary.pdf")))
                .andExpect(content().string(containsString(page + "/briefing.pdf")));
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Northshire Safeguarding Children Board")))
                .andExpect(content().string(containsString("SCIE Learning Together.")))
                .andExpect(content().string(containsString("neglect, information sharing, domestic abuse")));
        mvc.perform(get(page + "/briefing")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Why it matters")))
                .andExpect(content().string(containsString("Reflective questions")));

        byte[] briefing = mvc.perform(get(page + "/briefing.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"7-minute-briefing-child-q.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(briefing)).isEqualTo(1);
        assertThat(text(briefing)).contains(TITLE, "Why it matters", "Reflective questions", "Published ")
                .doesNotContain("not yet published");
        byte[] served = mvc.perform(get(page + "/report.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("final-report.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(report);
    }

    @Test
    void theListIsPagedTwentyAtATimeNewestFirstAndEachReviewOpensOnItsOwn() throws Exception {
        CaseReference original = atPackStage();
        publish(original);
        long packId = jdbc.sql("select id from publication_pack where case_reference = ?").param(original.value())
                .query(Long.class).single();
        // 25 more published reviews, copies of that one, published on consecutive days far ahead.
        java.util.List<String> copies = new java.util.ArrayList<>();
        try {
            for (int day = 1; day <= 25; day++) {
                String ref = org.practicereview.review.ProcessDriver.newCase().value();
                copies.add(ref);
                jdbc.sql("insert into publication_pack (row_version, case_reference, review_type, status, proceedings_open,"
                                + " check_rounds, briefing_version, published_at) select row_version, ?, review_type, status,"
                                + " proceedings_open, check_rounds, briefing_version, ? from publication_pack where id = ?")
                        .params(ref, java.sql.Timestamp.from(java.time.Instant.parse("2099-01-01T12:00:00Z").plus(java.time.Duration.ofDays(day))),
                                packId).update();
                jdbc.sql("insert into publication_pack_text (pack_id, field_key, text_value) select"
                                + " (select id from publication_pack where case_reference = ?), field_key, text_value"
                                + " from publication_pack_text where pack_id = ?").params(ref, packId).update();
            }
            long total = jdbc.sql("select count(*) from publication_pack where status = 'PUBLISHED'").query(Long.class).single();

            org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(mvc.perform(get("/learning-from-reviews"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(first.select("#review-count").text()).isEqualTo("Showing 1 to 20 of " + total + " reviews");
            java.util.List<String> listed = first.select("ul.app-reviews > li h3 a").eachAttr("href");
            assertThat(listed).hasSize(20).first().isEqualTo("/learning-from-reviews/" + copies.get(24));
            assertThat(listed.get(19)).isEqualTo("/learning-from-reviews/" + copies.get(5));
            assertThat(first.select("h2.govuk-heading-m").first().text()).isEqualTo("January 2099");
            assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/learning-from-reviews?page=2");

            org.jsoup.nodes.Document second = org.jsoup.Jsoup.parse(mvc.perform(get("/learning-from-reviews?page=2"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(second.select("ul.app-reviews > li h3 a").eachAttr("href").get(0))
                    .isEqualTo("/learning-from-reviews/" + copies.get(4));
            assertThat(second.select(".govuk-pagination__prev a").attr("href")).isEqualTo("/learning-from-reviews");

            mvc.perform(get("/learning-from-reviews/" + copies.get(12))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(TITLE)));
        } finally {
            for (String ref : copies) {
                jdbc.sql("delete from publication_pack_text where pack_id = (select id from publication_pack where case_reference = ?)")
                        .param(ref).update();
                jdbc.sql("delete from publication_pack where case_reference = ?").param(ref).update();
            }
        }
        CaseReference notPublished = atPackStage();
        mvc.perform(get("/learning-from-reviews/" + notPublished.value())).andExpect(status().isNotFound());
    }

    @Test
    void exportsTheCatalogueAsCsvAndJson() throws Exception {
        CaseReference ref = atPackStage();
        publish(ref);

        String csv = mvc.perform(get("/learning-from-reviews/catalogue.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\"publication_month_year\",\"board\",\"pseudonym\"")
                .contains("\"/learning-from-reviews/" + ref.value() + "\"", "\"" + TITLE + "\"");
        String json = mvc.perform(get("/learning-from-reviews/catalogue.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode entry = null;
        for (JsonNode node : new ObjectMapper().readTree(json)) {
            if (node.get("page").asText().endsWith(ref.value())) {
                entry = node;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("pseudonym").asText()).isEqualTo("Child Q");
        assertThat(entry.get("reviewType").asText()).isEqualTo("Serious Case Review (SCR)");
        assertThat(entry.get("methodology").asText()).isEqualTo("SCIE Learning Together.");
        assertThat(entry.get("report").isNull()).isTrue();
    }

    @Test
    void nothingUnpublishedIsReachableByTheAnonymousPublic() throws Exception {
        CaseReference ref = atPackStage();
        upload(ref, user(Role.PRG_COORDINATOR), "FINAL_REPORT", TestPdfs.withPages(CLEAN_REPORT));
        driver.complete(ref, "Task_PreparePublicationPack", PublicationProcessTests.COORDINATOR, PublicationProcessTests.pack("no"));
        assertThat(publications.briefing(ref)).isPresent();
        String page = "/learning-from-reviews/" + ref.value();

        for (String path : new String[] {page, page + "/briefing", page + "/briefing.pdf", page + "/report.pdf",
                page + "/executive-summary.pdf", "/learning-from-reviews/not-a-reference/briefing.pdf"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/learning-from-reviews")).andExpect(content().string(not(containsString(page))));
        mvc.perform(get("/learning-from-reviews/catalogue.csv")).andExpect(content().string(not(containsString(page))));

        String preview = "/cases/" + ref.value() + "/publication/briefing";
        mvc.perform(get(preview).with(user(Role.CHAIR))).andExpect(status().isOk())
                .andExpect(content().string(containsString(TITLE)))
                .andExpect(content().string(containsString("Not published yet: a preview prepared in")))
                .andExpect(content().string(not(containsString("Published"))))
                .andExpect(content().string(containsString("/cases/" + ref.value() + "/documents/")));
        String pdfLink = java.util.regex.Pattern.compile("/cases/" + ref.value() + "/documents/\\d+")
                .matcher(mvc.perform(get(preview).with(user(Role.CHAIR))).andReturn().getResponse().getContentAsString())
                .results().findFirst().orElseThrow().group();
        byte[] draft = mvc.perform(get(pdfLink).with(user(Role.CHAIR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(draft)).contains(TITLE, "Pseudonym: Child Q", "Draft for approval, not yet published")
                .doesNotContain("Published");
        mvc.perform(get(preview).with(user(Role.AGENCY))).andExpect(status().isNotFound());
        mvc.perform(get(preview)).andExpect(status().is3xxRedirection());
    }
}
