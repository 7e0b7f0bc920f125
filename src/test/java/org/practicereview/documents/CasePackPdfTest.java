package org.practicereview.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.CaseFileSection;
import org.practicereview.shared.CaseFileSection.Part;
import org.practicereview.shared.CaseFileSection.Row;

/** The case pack of a PRG meeting: confidential on its first page and every page's footer, each case's file in words. */
class CasePackPdfTest {

    private final CasePackPdf renderer = new CasePackPdf(Pdfs.CLOCK);

    private byte[] pack() {
        CaseFileSection agencies = CaseFileSection.of("agency-information", "Agency information", 30,
                List.of(new Part("Answer from Northshire Police", "Sent on 4 March 2027", List.of(Row.of("Involvement", "Two contacts\nin 2026")))),
                "No agency has been asked for information yet.");
        CaseFileSection screening = CaseFileSection.of("screening", "Screening", 40, List.of(), "Not screened yet.");
        return renderer.render(new CasePackPdf.Pack("Northshire Safeguarding Children Board", "PRG meeting, 18 March 2027",
                "18 March 2027 at 10am", "Room 4, Fictional House", "Fictional Member",
                List.of(new CasePackPdf.PackCase("PR-2027-0001", List.of(agencies, screening)),
                        new CasePackPdf.PackCase("PR-2027-0002", List.of()))));
    }

    @Test
    void marksThePackConfidentialOnTheFirstPageAndInEveryFooter() {
        byte[] pdf = pack();
        assertThat(Pdfs.pageText(pdf, 1)).contains("Confidential", "For Fictional Member, invited to this meeting");
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            assertThat(Pdfs.pageText(pdf, page)).contains("Confidential · Case pack: PRG meeting, 18 March 2027");
        }
    }

    @Test
    void showsEachCaseWithTheSectionsAMemberMaySee() {
        String text = Pdfs.text(pack());
        assertThat(text).contains("PR-2027-0001", "PR-2027-0002", "Agency information: Answer from Northshire Police",
                "Involvement: Two contacts", "in 2026", "Not screened yet.", "Room 4, Fictional House");
    }

    @Test
    void embedsItsFontsAndTagsItsContent() throws Exception {
        byte[] pdf = pack();
        Pdfs.assertFontsEmbeddedAndSubset(pdf);
        Pdfs.assertMetadata(pdf, "Case pack: PRG meeting, 18 March 2027", "Northshire Safeguarding Children Board");
        Pdfs.assertEveryMarkedSequenceBelongsToTheStructure(pdf);
    }
}
