package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.screening.CaseUnderReview.CHAIR;
import static org.practicereview.workflow.ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.practicereview.workflow.ProcessVariables.CHILD_DIED;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.StoredDocument;
import org.practicereview.notification.Notification;
import org.practicereview.notification.NotificationKind;
import org.practicereview.notification.Notifications;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.springframework.beans.factory.annotation.Autowired;

/** Every chair decision leaves its PDF record with the case, and the notice names it without repeating it. */
@CaseReviewIntegrationTest
class DecisionRecordStorageTests {

    static final String RATIONALE = "Considered the PRG recommendation and the agency summaries";

    @Autowired CaseUnderReview cases;
    @Autowired CaseDocuments documents;
    @Autowired Notifications notifications;

    @Test
    void storesTheDecisionRecordPdfInTheDecisionsTransactionAndNamesItInTheNotice() throws Exception {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        Map<String, Object> values = new HashMap<>(Map.of("decisionOption", "INITIATE_SCR", "rationale", RATIONALE));

        cases.complete(c, "Task_RecordScrDecision", CHAIR, values);

        StoredDocument record = documents.latest(c.ref().value(), DocumentKind.DECISION_RECORD).orElseThrow();
        assertThat(record.contentType()).isEqualTo("application/pdf");
        assertThat(record.published()).isFalse();
        assertThat(record.sizeBytes()).isEqualTo(record.content().length);
        assertThat(record.sha256()).hasSize(64);
        try (PDDocument pdf = Loader.loadPDF(record.content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(c.ref().value(), "Initiate SCR", RATIONALE, "chair1")
                    .doesNotContain(CaseUnderReview.CHILD_NAME);
            assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path png = Path.of("target", "rendered", "decision-record-stored.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        }
        assertThat(notifications.forCase(c.ref())).filteredOn(n -> n.kind() == NotificationKind.DECISION_NOTICE)
                .isNotEmpty().allSatisfy(n -> assertThat(n.body()).contains(record.fileName(),
                        "/cases/" + c.ref().value() + "/documents/" + record.id()).doesNotContain(RATIONALE));
    }

    @Test
    void theRecordGivesThePrgsRecommendedReviewTypeInWords() throws Exception {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        cases.screen(c, ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED);
        cases.complete(c, "Task_RecommendToChair", CaseUnderReview.PRG_MEMBER, Map.of("recommendation", "OTHER_REVIEW",
                "recommendedReviewType", "LEARNING", "rationale", "Criteria not met", "likelyLearning", "Escalation",
                "impact", "Family to be told"));

        cases.complete(c, "Task_RecordScrDecision", CHAIR, new HashMap<>(Map.of("decisionOption", "DEFER",
                "rationale", RATIONALE, "departureReason", "More information is needed from health")));

        StoredDocument record = documents.latest(c.ref().value(), DocumentKind.DECISION_RECORD).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(record.content())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Other review: learning review").doesNotContain("LEARNING");
        }
    }

    @Test
    void aDeferralHasItsRecordToo() {
        Started c = cases.atChairsDecision(ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);

        cases.complete(c, "Task_RecordScrDecision", CHAIR, new HashMap<>(Map.of("decisionOption", "DEFER",
                "rationale", RATIONALE, "departureReason", "More information is needed from health")));

        assertThat(documents.ofCase(c.ref().value())).extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.DECISION_RECORD);
        assertThat(notifications.forCase(c.ref())).extracting(Notification::kind)
                .doesNotContain(NotificationKind.DECISION_NOTICE);
    }
}
