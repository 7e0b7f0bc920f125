package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicereview.screening.CaseUnderReview.CHAIR;
import static org.practicereview.screening.CaseUnderReview.PRG_MEMBER;
import static org.practicereview.workflow.ProcessVariables.ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED;
import static org.practicereview.workflow.ProcessVariables.CHILD_DIED;

import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.practicereview.documents.CaseDocuments;
import org.practicereview.documents.DocumentKind;
import org.practicereview.documents.TypedText;
import org.practicereview.screening.CaseReviewIntegrationTest;
import org.practicereview.screening.CaseUnderReview;
import org.practicereview.screening.CaseUnderReview.Started;
import org.practicereview.screening.PrgRecommendation;
import org.practicereview.screening.Screenings;
import org.practicereview.workflow.FieldError;
import org.practicereview.workflow.InvalidSubmissionException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The probe's finding: an emoji in the PRG's rationale made every later decision on the case fail,
 * DEFER included. Whatever a person types into the recommendation or the decision is either stored
 * as typed, with the decision record beside it, or refused with a message on that field.
 */
@CaseReviewIntegrationTest
class TypedTextDecisionTests {

    @Autowired CaseUnderReview cases;
    @Autowired CaseDocuments documents;
    @Autowired Screenings screenings;
    @Autowired Decisions decisions;

    @Test
    void anEmojiInTheRecommendationNeverBlocksTheChairsDecisionsDeferIncluded() throws Exception {
        Started c = beforeRecommendation();
        recommend(c, "Agreed by all 👍 and the family 😀");

        decide(c, "DEFER", "More from health first ✓");
        cases.requestInformation(c, "HEALTH");
        cases.answer(c, "HEALTH");
        cases.screen(c, ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        recommend(c, "Still agreed 🙂");
        decide(c, "INITIATE_SCR", "Initiated 🚸");

        assertThat(decisions.latest(c.ref()).orElseThrow().rationale()).isEqualTo("Initiated 🚸");
        try (PDDocument pdf = Loader.loadPDF(documents.latest(c.ref().value(), DocumentKind.DECISION_RECORD)
                .orElseThrow().content())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Still agreed [slightly smiling face]", "Initiated [children crossing]");
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue("ReplacedCharacters"))
                    .contains("U+1F642", "U+1F6B8");
        }
    }

    @Test
    void randomTextInTheRecommendationAndDecisionIsStoredAsTypedOrRefusedOnItsField() {
        Random random = new Random(21);
        for (int i = 0; i < 6; i++) {
            String rationale = TypedText.next(random);
            Started c = beforeRecommendation();
            if (refused(() -> recommend(c, rationale))) {
                continue;
            }
            PrgRecommendation stored = screenings.latestRecommendation(c.ref()).orElseThrow();
            assertThat(stored.rationale()).isEqualTo(rationale.strip());

            if (refused(() -> decide(c, "DEFER", rationale))) {
                continue;
            }
            assertThat(decisions.latest(c.ref()).orElseThrow().rationale()).isEqualTo(rationale.strip());
            assertThat(documents.latest(c.ref().value(), DocumentKind.DECISION_RECORD)).isPresent();
        }
    }

    /** Refused only as a business rule, with a message on the rationale, and the task still open. */
    private static boolean refused(Runnable submission) {
        try {
            submission.run();
            return false;
        } catch (InvalidSubmissionException refused) {
            assertThat(refused.errors()).extracting(FieldError::field).containsOnly("rationale");
            assertThat(refused.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
            return true;
        }
    }

    private Started beforeRecommendation() {
        Started c = cases.start();
        cases.requestInformation(c, "POLICE");
        cases.answer(c, "POLICE");
        cases.screen(c, ABUSE_OR_NEGLECT_KNOWN_OR_SUSPECTED, CHILD_DIED);
        return c;
    }

    private void recommend(Started c, String rationale) {
        cases.complete(c, "Task_RecommendToChair", PRG_MEMBER, Map.of("recommendation", "INITIATE_SCR",
                "rationale", rationale, "likelyLearning", "Information sharing", "impact", "Family to be told"));
    }

    private void decide(Started c, String option, String rationale) {
        cases.complete(c, "Task_RecordScrDecision", CHAIR, Map.of("decisionOption", option, "rationale", rationale));
    }
}
