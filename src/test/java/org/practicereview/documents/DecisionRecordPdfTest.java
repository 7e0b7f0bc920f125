package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.CaseReference;

class DecisionRecordPdfTest {

    private final DecisionRecordPdf renderer = new DecisionRecordPdf(Pdfs.CLOCK);

    static DecisionRecord departingDecision(String rationale) {
        return new DecisionRecord(CaseReference.of(2027, 42), "Sefton Local Safeguarding Children Board",
                LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 14), LocalDate.of(2027, 2, 10),
                "SCR criteria (LSCB Regulations 2006, reg. 5)", "2015.1", "Criteria not met", "Rule_SeriousHarmNoConcern",
                "The child was seriously harmed, but there is definitive evidence of no concern about how agencies "
                        + "worked together.",
                "Commission a learning review",
                "Agencies responded quickly and shared information; the learning is about one service's "
                        + "thresholds and can be drawn out by a learning review.",
                "Criteria not met but commission another review type", "Learning review", rationale,
                "The board wants the national panel to see the learning on bruising in non-mobile babies, which "
                        + "recurs across three recent cases.",
                "chair.smith", "Independent chair");
    }

    @Test
    void showsEveryPartOfTheDecisionInReadingOrder() {
        byte[] pdf = renderer.render(departingDecision("A review will let agencies reflect together."));

        assertThat(Pdfs.text(pdf)).containsSubsequence("Chair’s decision record", "Case PR-2027-0042",
                "Referral received 10 January 2027", "Decision made 14 February 2027 (35 days after referral)",
                "Decision due by 10 February 2027", "Deadline Missed by 4 days",
                "Criteria set SCR criteria (LSCB Regulations 2006, reg. 5), version 2015.1",
                "Result Criteria not met", "Rule that matched Rule_SeriousHarmNoConcern", "Why the rule matched",
                "definitive evidence of no concern", "PRG recommendation", "Commission a learning review",
                "Decision Criteria not met but commission another review type", "Review type Learning review",
                "Departs from the criteria result", "recurs across three recent cases", "Rationale",
                "A review will let agencies reflect together.", "Decided by", "Name chair.smith",
                "Role Independent chair", "Page 1 of 1");
    }

    @Test
    void saysTheDeadlineWasMetWhenDecidedInTime() {
        DecisionRecord d = departingDecision("x");
        DecisionRecord onTime = new DecisionRecord(d.reference(), d.boardName(), d.referralDate(),
                LocalDate.of(2027, 2, 10), d.decisionDeadline(), d.criteriaSet(), d.criteriaVersion(),
                d.criteriaResult(), d.matchedRule(), d.matchedRuleReason(), d.prgRecommendation(), d.prgRationale(),
                d.decisionOption(), null, d.rationale(), null, d.decidedBy(), d.decidedByRole());

        String text = Pdfs.text(renderer.render(onTime));

        assertThat(text).contains("Deadline Met").contains("Review type —")
                .doesNotContain("Departs from the criteria result");
    }

    @Test
    void runsALongRationaleOverPagesWithNumberedPagesAndTheReferenceOnEach() {
        String longRationale = ("The chair considered the agency summaries, the chronology and the PRG's advice. "
                + "Each agency's involvement was weighed against the statutory criteria. ").repeat(120);

        byte[] pdf = renderer.render(departingDecision(longRationale));
        int pages = Pdfs.pages(pdf);

        assertThat(pages).isGreaterThan(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.pageText(pdf, page)).startsWith("Chair’s decision record · PR-2027-0042")
                    .contains("Page " + page + " of " + pages);
        }
        String body = Pdfs.textAsDrawn(pdf).replaceAll(
                "Decision record · PR-2027-0042 · Sefton Local Safeguarding Children Board Page \\d+ of \\d+ "
                        + "Chair’s decision record · PR-2027-0042 ", "");
        assertThat(body.contains(longRationale.strip())).as("the whole rationale, in order, uncut").isTrue();
    }

    @Test
    void embedsSubsetFontsAndIsTaggedWithMetadata() throws IOException {
        byte[] pdf = renderer.render(departingDecision("x"));

        Pdfs.assertFontsEmbeddedAndSubset(pdf);
        Pdfs.assertMetadata(pdf, "Decision record – PR-2027-0042", "Sefton Local Safeguarding Children Board");
    }

    @Test
    void writesAPngOfTheFirstPageToLookAt() throws IOException {
        byte[] pdf = renderer.render(departingDecision("The criteria are not met: there is definitive evidence "
                + "that agencies worked well together. But the learning on bruising recurs, and a learning review "
                + "will let the agencies reflect on it together, with the family involved.\nThe board will be told "
                + "at its next meeting and the national panel within 14 days."));

        assertThat(Pdfs.png(pdf, 0, "decision-record.png")).isNotEmptyFile();
    }

    @Test
    void tiesEveryMarkedSequenceToAStructureElement() throws IOException {
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(renderer.render(departingDecision("x".repeat(9000))));
    }
}
