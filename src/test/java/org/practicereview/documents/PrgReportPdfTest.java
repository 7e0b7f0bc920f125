package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.CaseReference;

class PrgReportPdfTest {

    private final PrgReportPdf renderer = new PrgReportPdf(Pdfs.CLOCK);

    static PrgReport report(int cases) {
        List<PrgCase> rows = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int i = 1; i <= cases; i++) {
            LocalDate referred = start.plusDays(i % 80);
            boolean decided = i % 7 != 0;
            boolean late = i % 5 == 0;
            boolean notInitiated = i % 3 == 0;
            rows.add(new PrgCase(CaseReference.of(2027, i), i % 4 == 0 ? "Child " + (char) ('A' + i % 26) : null,
                    i % 2 == 0 ? "Consider for SCR" : "Multi-agency learning",
                    notInitiated ? "Criteria not met" : "Criteria met",
                    notInitiated ? "Learning review" : "Initiate an SCR",
                    decided ? (notInitiated ? "Criteria not met but commission another review type"
                            : "Initiate an SCR") : null,
                    referred, decided ? referred.plusDays(late ? 40 : 21) : null,
                    decided ? (late ? DeadlineStatus.MISSED : DeadlineStatus.MET) : DeadlineStatus.PENDING,
                    notInitiated && decided ? DeadlineStatus.MET : DeadlineStatus.NOT_APPLICABLE));
        }
        return new PrgReport("Sefton Local Safeguarding Children Board", start, LocalDate.of(2027, 3, 31), rows);
    }

    @Test
    void showsTotalsThenEveryCaseRowInOrder() {
        PrgReport report = report(12);

        byte[] pdf = renderer.render(report);

        assertThat(Pdfs.text(pdf)).containsSubsequence("Cases considered by the Practice Review Group",
                "1 January 2027 to 31 March 2027", "Cases considered 12", "Decided 11 (1 awaiting a decision)",
                "Decided within one month 9 of 11", "Panel told within 14 days 4 of 4 where required",
                "Average days to decision 24.5", "Reference Pseudonym Purpose Criteria result Recommendation");
        assertThat(Pdfs.textAsDrawn(pdf)).containsSubsequence(
                "PR-2027-0001 — Multi-agency learning Criteria met Initiate an SCR Initiate an SCR 23 Jan 2027 21 Met "
                        + "Not applicable",
                "PR-2027-0003 — Multi-agency learning Criteria not met Learning review "
                        + "Criteria not met but commission another review type 25 Jan 2027 21 Met Met",
                "PR-2027-0004 Child E", "PR-2027-0005", "15 Feb 2027 40 Missed",
                "PR-2027-0007 — Multi-agency learning Criteria met Initiate an SCR — — — Pending",
                "PR-2027-0012");
    }

    @Test
    void runsTwoHundredCasesOverPagesRepeatingTheHeaderRow() {
        byte[] pdf = renderer.render(report(200));
        int pages = Pdfs.pages(pdf);

        assertThat(pages).isGreaterThan(5);
        for (int page = 1; page <= pages; page++) {
            assertThat(Pdfs.pageText(pdf, page)).contains("Reference Pseudonym Purpose Criteria result")
                    .contains("Page " + page + " of " + pages);
        }
        String all = Pdfs.text(pdf);
        for (int i = 1; i <= 200; i++) {
            assertThat(all).contains(CaseReference.of(2027, i).value() + " ");
        }
    }

    @Test
    void refusesARowTallerThanAPageRatherThanCuttingIt() {
        PrgCase c = report(1).cases().get(0);
        PrgCase huge = new PrgCase(c.reference(), c.pseudonym(), c.purpose(), c.criteriaResult(), c.recommendation(),
                "Initiate an SCR ".repeat(400), c.referralDate(), c.decisionDate(), c.decisionDeadline(),
                c.nationalPanelNotice());
        PrgReport report = new PrgReport("Board", c.referralDate(), c.referralDate(), java.util.List.of(huge));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render(report))
                .isInstanceOf(DocumentTooLongException.class).hasMessageNotContaining("Initiate");
    }

    @Test
    void listsEachCasesTrackingDatesInWords() {
        PrgCase c = report(1).cases().get(0);
        PrgCase dated = new PrgCase(c.reference(), c.pseudonym(), c.purpose(), c.criteriaResult(), c.recommendation(), c.decision(),
                c.referralDate(), c.decisionDate(), c.decisionDeadline(), c.nationalPanelNotice(), "PRG meeting, 20 January 2027",
                List.of(new TrackingDate("Referral received", "2 January 2027"), new TrackingDate("Sent to the group's chair", "4 January 2027"),
                        new TrackingDate("PRG meeting", "20 January 2027"), new TrackingDate("Chair's decision", "Not yet")));

        String text = Pdfs.text(renderer.render(new PrgReport("Board", c.referralDate(), c.referralDate(), List.of(dated))))
                .replaceAll("\\s+", " ");

        assertThat(text).containsSubsequence("Tracking dates", c.reference().value(), "Referral received: 2 January 2027",
                "Sent to the group's chair: 4 January 2027", "PRG meeting: 20 January 2027", "Chair's decision: Not yet");
    }

    @Test
    void embedsSubsetFontsAndIsTaggedWithMetadata() throws IOException {
        byte[] pdf = renderer.render(report(3));

        Pdfs.assertFontsEmbeddedAndSubset(pdf);
        Pdfs.assertMetadata(pdf, "PRG report: cases considered 1 January 2027 to 31 March 2027",
                "Sefton Local Safeguarding Children Board");
    }

    @Test
    void hasNowhereToPutAPersonsName() {
        List<String> fields = Arrays.stream(PrgCase.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();

        assertThat(fields).containsExactly("reference", "pseudonym", "purpose", "criteriaResult", "recommendation",
                "decision", "referralDate", "decisionDate", "decisionDeadline", "nationalPanelNotice", "meetings", "trackingDates");
        assertThat(fields).noneMatch(f -> f.toLowerCase().matches(".*(name|birth|address|nhs|dob).*"));
    }

    @Test
    void writesAPngOfTheFirstPageToLookAt() throws IOException {
        assertThat(Pdfs.png(renderer.render(report(200)), 0, "prg-report.png")).isNotEmptyFile();
    }

    @Test
    void tiesEveryMarkedSequenceToAStructureElement() throws IOException {
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(renderer.render(report(60)));
    }
}
