package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

class PublicationPackTests {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        PublicationFormsTests.pack().forEach((k, v) -> {
            if (PackFields.TEXTS.contains(k)) {
                texts.put(k, (String) v);
            }
        });
        return texts;
    }

    static PublicationPack pack(boolean proceedingsOpen) {
        return PublicationPack.prepare(CaseReference.of(2026, 7), ReviewType.SCR, texts(), proceedingsOpen, null);
    }

    static PublicationPack noticed() {
        PublicationPack pack = pack(false);
        pack.checked(0, java.time.Instant.EPOCH);
        pack.briefingGenerated();
        pack.noticeSent(T);
        return pack;
    }

    @Test
    void goesToFindingsOpenAndBackToDraftWhenTheCoordinatorRevises() {
        PublicationPack pack = pack(false);
        assertThat(pack.checked(2, java.time.Instant.EPOCH)).isEqualTo(1);
        assertThat(pack.status()).isEqualTo(PackStatus.FINDINGS_OPEN);
        pack.revise(Map.of("catalogueSummary", "Reworded"));
        assertThat(pack.text("catalogueSummary")).isEqualTo("Reworded");
        assertThat(pack.text("catalogueLearning")).isEqualTo(texts().get("catalogueLearning"));
        assertThat(pack.checked(0, java.time.Instant.EPOCH)).isEqualTo(2);
        assertThat(pack.status()).isEqualTo(PackStatus.CLEARED);
    }

    @Test
    void refusesABriefingFromAPackWithOpenFindings() {
        PublicationPack pack = pack(false);
        pack.checked(1, java.time.Instant.EPOCH);
        assertThatThrownBy(pack::briefingGenerated).hasMessage("A briefing is generated only from a cleared pack");
    }

    @Test
    void keepsCountingBriefingVersionsAcrossAReturnByTheChair() {
        PublicationPack pack = noticed();
        assertThat(pack.briefingVersion()).isEqualTo(1);
        pack.returnForChanges("chair", "Remove the school's name");
        pack.prepareAgain(ReviewType.SCR, texts(), false, null);
        pack.checked(0, java.time.Instant.EPOCH);
        assertThat(pack.briefingGenerated()).isEqualTo(2);
    }

    @Test
    void holdsTheNoticeWhileProceedingsAreOpen() {
        PublicationPack pack = pack(true);
        pack.checked(0, java.time.Instant.EPOCH);
        pack.briefingGenerated();
        assertThatThrownBy(() -> pack.noticeSent(T)).hasMessage("The notice waits until parallel proceedings have concluded");
        pack.proceedingsConcluded();
        pack.noticeSent(T);
        assertThat(pack.status()).isEqualTo(PackStatus.NOTICE_SENT);
    }

    @Test
    void refusesToConcludeProceedingsThatWereNeverOpen() {
        assertThatThrownBy(() -> pack(false).proceedingsConcluded())
                .hasMessage("No parallel proceedings are holding this publication");
    }

    @Test
    void refusesToReturnThePackWithoutSayingWhatMustChange() {
        assertThatThrownBy(() -> noticed().returnForChanges("chair", "")).hasMessage("Say what must change");
    }

    @Test
    void publishesOnlyAnApprovedPackAfterTheNoticePeriod() {
        PublicationPack pack = noticed();
        assertThatThrownBy(() -> pack.publish(T)).hasMessage("Only an approved pack is published");
        pack.approve("chair", null, T, true);
        assertThatThrownBy(() -> pack.publish(T.minusSeconds(1)))
                .hasMessage("The review can be published from 25 November 2026 at 10am");
        pack.publish(T);
        assertThat(pack.publishedAt()).contains(T);
        assertThat(pack.status()).isEqualTo(PackStatus.PUBLISHED);
    }

    @Test
    void refusesApprovalBeforeTheNoticePeriodEndsSayingFromWhen() {
        PublicationPack pack = noticed();
        assertThatThrownBy(() -> pack.approve("chair", null, T.minusSeconds(60), true))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("You can approve publication from 25 November 2026 at 10am");
        assertThat(pack.status()).isEqualTo(PackStatus.NOTICE_SENT);
        pack.approve("chair", null, T, true);
        assertThat(pack.status()).isEqualTo(PackStatus.APPROVED);
    }

    @Test
    void refusesApprovalWithoutTheReportOrARecordedDecisionToPublishASummaryOnly() {
        PublicationPack pack = noticed();
        assertThatThrownBy(() -> pack.approve("chair", null, T, false)).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("You cannot approve publication: the final report has not been uploaded and no"
                        + " decision to publish a summary only has been recorded.");
        assertThat(pack.status()).isEqualTo(PackStatus.NOTICE_SENT);
    }

    @Test
    void approvesASummaryOnlyWithoutTheReportAndKeepsTheReason() {
        PublicationPack pack = PublicationPack.prepare(CaseReference.of(2026, 8), ReviewType.SCR, texts(), false,
                "  The trial of a relative has not concluded and the full report would identify the family.  ");
        pack.checked(0, java.time.Instant.EPOCH);
        pack.briefingGenerated();
        pack.noticeSent(T);
        pack.approve("chair", null, T, false);
        assertThat(pack.status()).isEqualTo(PackStatus.APPROVED);
        assertThat(pack.summaryOnlyReason())
                .contains("The trial of a relative has not concluded and the full report would identify the family.");
    }

    @Test
    void refusesToPrepareAPackAgainOnceItIsBeingChecked() {
        PublicationPack pack = pack(false);
        pack.checked(0, java.time.Instant.EPOCH);
        assertThatThrownBy(() -> pack.prepareAgain(ReviewType.SCR, texts(), false, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void titlesTheBriefingAfterTheReviewTypeAndPseudonymWithTheBoardAndMonth() {
        PublicationPack pack = pack(false);
        pack.checked(0, java.time.Instant.EPOCH);
        BriefingContent content = new BriefingContent(new ObjectMapper());
        BriefingVersion version = new BriefingVersion("PR-2026-0007", pack.briefingGenerated(), T, content.snapshot(pack));

        Briefing briefing = content.briefing(version, "Northshire Safeguarding Children Board", null);

        assertThat(briefing.title()).isEqualTo("Serious Case Review (SCR) – Child Q");
        assertThat(briefing.monthYear()).isEqualTo("November 2026");
        assertThat(briefing.boardName()).isEqualTo("Northshire Safeguarding Children Board");
        assertThat(briefing.panels()).extracting(Briefing.Panel::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(briefing.panels()).extracting(Briefing.Panel::heading).containsExactly("Background", "Why it matters",
                "Finding 3", "Finding 4", "Finding 5", "Things to remember", "What to do");
        assertThat(briefing.questions()).hasSize(3);
        assertThat(BriefingContent.title(ReviewType.REFLECTIVE, "Baby O")).isEqualTo("Reflective Review – Baby O");
    }
}
