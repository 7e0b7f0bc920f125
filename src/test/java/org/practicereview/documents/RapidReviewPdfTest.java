package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.RapidReviewDocument.Field;
import org.practicereview.documents.RapidReviewDocument.Section;
import org.practicereview.shared.CaseReference;

class RapidReviewPdfTest {

    private final RapidReviewPdf renderer = new RapidReviewPdf(Pdfs.CLOCK);

    static RapidReviewDocument rapidReview(String facts) {
        return new RapidReviewDocument(CaseReference.of(2027, 7), "Northshire Safeguarding Children Partnership", List.of(
                new Section("Dates", List.of(Field.of("Local authority became aware", "11 December 2026"),
                        Field.of("Rapid review due by", "6 January 2027"))),
                new Section("What is known", List.of(Field.text("Facts and chronology", facts))),
                new Section("Criteria for a local review (SI 2018/789 regulation 11)", List.of(Field.text(
                        "The partners consider that", "The case shows, or may show, themes that keep recurring\n"
                                + "The case raises, or may raise, concerns about how well two or more agencies worked together"))),
                new Section("The partners' decision", List.of(
                        Field.of("Decision", "Commission a local child safeguarding practice review"),
                        Field.text("Rationale", "Two agencies did not share what they knew."))),
                new Section("Approved by the safeguarding partners", List.of(
                        Field.of("Police safeguarding partner", "Test Police Partner, 5 January 2027 at 3pm")))));
    }

    @Test
    void showsEverySectionInReadingOrderNamingTheCaseByItsReferenceOnly() {
        String text = Pdfs.text(renderer.render(rapidReview("Seen at the clinic twice.")));

        assertThat(text).containsSubsequence("Rapid review", "Case PR-2027-0007 · Northshire Safeguarding Children Partnership",
                "Local authority became", "11 December 2026", "Rapid review due by 6 January 2027", "Facts and chronology",
                "Seen at the clinic twice.", "themes that keep recurring", "two or more agencies worked together",
                "Decision Commission a local child safeguarding practice review", "Rationale",
                "Two agencies did not share what they knew.", "Police safeguarding partner Test Police Partner, 5 January 2027 at 3pm",
                "Page 1 of 1");
    }

    @Test
    void runsLongFactsOverPagesWithTheReferenceOnEach() {
        String facts = "The child was seen by the health visitor, then by the school nurse, and each recorded a concern. ".repeat(150);

        byte[] pdf = renderer.render(rapidReview(facts));
        int pages = Pdfs.pages(pdf);

        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.pageText(pdf, page)).startsWith("Rapid review · PR-2027-0007").contains("Page " + page + " of " + pages);
        }
    }

    @Test
    void embedsSubsetFontsIsTaggedAndTiesEveryMarkedSequenceToTheStructure() throws IOException {
        byte[] pdf = renderer.render(rapidReview("x".repeat(9000)));

        Pdfs.assertFontsEmbeddedAndSubset(pdf);
        Pdfs.assertMetadata(pdf, "Rapid review – PR-2027-0007", "Northshire Safeguarding Children Partnership");
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(pdf);
    }
}
