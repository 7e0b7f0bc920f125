package org.practicereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;

class ReviewTests {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
    static final TermsOfReference TERMS = new TermsOfReference(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            "How did agencies share information?", Methodology.LEARNING_TOGETHER, null, true);
    static final ActionPlanItem.Proposal ITEM = new ActionPlanItem.Proposal("Train staff", ActionScope.MULTI_AGENCY,
            "POLICE", LocalDate.of(2027, 3, 31), ActionStatus.OPEN);

    static Review review(ReviewType type) {
        Review review = Review.begin(CaseReference.of(2026, 1), type, TERMS, T);
        review.appointLeadReviewer("lead.reviewer");
        return review;
    }

    static Review accepted(ReviewType type) {
        Review review = review(type);
        review.submitDraft("Findings", null, "lead.reviewer", T);
        review.accept(null, "prg.member", T);
        return review;
    }

    @Test
    void numbersDraftVersionsAndQaRoundsThroughAReturnAndAnAcceptance() {
        Review review = review(ReviewType.SCR);
        assertThat(review.submitDraft("First findings", null, "lead.reviewer", T)).isEqualTo(1);
        review.returnForRevision("Say more about health", "prg.member", T);
        assertThat(review.submitDraft("Second findings", "Added health", "lead.reviewer", T)).isEqualTo(2);
        review.accept(null, "prg.member", T);

        assertThat(review.qaRounds()).extracting(QaRound::roundNumber, QaRound::draftVersion, QaRound::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, QaOutcome.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(2, 2, QaOutcome.ACCEPTED));
        assertThat(review.status()).isEqualTo(ReviewStatus.REPORT_ACCEPTED);
        assertThat(review.currentDraft()).get().extracting(ReportDraft::summaryOfFindings).isEqualTo("Second findings");
    }

    @Test
    void refusesToReturnADraftWithoutComments() {
        Review review = review(ReviewType.SCR);
        review.submitDraft("Findings", null, "lead.reviewer", T);
        assertThatThrownBy(() -> review.returnForRevision(" ", "prg.member", T))
                .hasMessage("A returned report needs comments");
        assertThat(review.qaRounds()).isEmpty();
    }

    @Test
    void refusesARevisedDraftThatDoesNotSayWhatChanged() {
        Review review = review(ReviewType.SCR);
        review.submitDraft("Findings", null, "lead.reviewer", T);
        review.returnForRevision("More", "prg.member", T);
        assertThatThrownBy(() -> review.submitDraft("Findings again", null, "lead.reviewer", T))
                .hasMessage("Say what changed since the returned version");
    }

    @Test
    void refusesADraftFromAnyoneButTheLeadReviewer() {
        assertThatThrownBy(() -> review(ReviewType.SCR).submitDraft("Findings", null, "someone.else", T))
                .hasMessage("Only the appointed lead reviewer submits drafts");
    }

    @Test
    void refusesADraftBeforeTheLeadReviewerIsAppointed() {
        Review review = Review.begin(CaseReference.of(2026, 1), ReviewType.SCR, TERMS, T);
        assertThatThrownBy(() -> review.submitDraft("Findings", null, "lead.reviewer", T))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesQualityAssuranceWithNoDraftWaiting() {
        assertThatThrownBy(() -> review(ReviewType.SCR).accept(null, "prg.member", T))
                .hasMessage("There is no draft waiting for quality assurance");
    }

    @Test
    void refusesASecondReportFromTheSameAgency() {
        Review review = review(ReviewType.SCR);
        AgencyReport.Contents contents = new AgencyReport.Contents("Involved", "Analysis", "Learning", null, true);
        review.recordAgencyReport("POLICE", contents, "police.user", T);
        assertThatThrownBy(() -> review.recordAgencyReport("POLICE", contents, "police.user", T))
                .hasMessage("This agency has already submitted its report");
        assertThat(review.agencyReports()).hasSize(1);
    }

    @Test
    void asksForAgencyReportsAndSignOffOnlyInAnScr() {
        assertThatThrownBy(() -> review(ReviewType.LEARNING).recordAgencyReport("POLICE",
                new AgencyReport.Contents("a", "b", "c", null, true), "u", T)).hasMessage("Only an SCR or a local review asks agencies for reports");
        assertThatThrownBy(() -> accepted(ReviewType.LEARNING).signOff(new BoardSignOff(LocalDate.of(2026, 11, 20),
                "Response", "chair", T))).hasMessage("Only an SCR or a local review is signed off");
    }

    @Test
    void needsSignOffBeforeTheActionPlanOfAnScr() {
        Review review = accepted(ReviewType.SCR);
        assertThatThrownBy(() -> review.agreeActionPlan(List.of(ITEM), T)).hasMessage("The action plan follows board sign-off");
        review.signOff(new BoardSignOff(LocalDate.of(2026, 11, 20), "The board accepts the findings.", "chair", T));
        review.agreeActionPlan(List.of(ITEM), T);
        assertThat(review.status()).isEqualTo(ReviewStatus.COMPLETED);
        assertThat(review.completedAt()).contains(T);
    }

    @Test
    void agreesTheActionPlanOfALighterReviewStraightAfterAcceptance() {
        Review review = accepted(ReviewType.REFLECTIVE);
        review.agreeActionPlan(List.of(ITEM, ITEM), T);
        assertThat(review.actionPlan()).extracting(ActionPlanItem::itemNumber).containsExactly(1, 2);
    }

    @Test
    void refusesAnEmptyActionPlan() {
        assertThatThrownBy(() -> accepted(ReviewType.LEARNING).agreeActionPlan(List.of(), T))
                .hasMessage("An action plan has at least one recommendation");
    }

    @Test
    void refusesSignOffWithoutTheBoardsWrittenResponse() {
        assertThatThrownBy(() -> accepted(ReviewType.SCR).signOff(new BoardSignOff(LocalDate.of(2026, 11, 20), " ", "chair", T)))
                .hasMessage("The board's written response is required");
    }

    @Test
    void movesAnActionFromOpenToInProgressToCompletedOnly() {
        Review review = accepted(ReviewType.LEARNING);
        review.agreeActionPlan(List.of(ITEM), T);
        review.action(1).start();
        assertThatThrownBy(() -> review.action(1).start()).hasMessage("Only an open action can be started");
        review.action(1).complete();
        assertThat(review.actionPlan().get(0).status()).isEqualTo(ActionStatus.COMPLETED);
        assertThatThrownBy(() -> review.action(1).complete()).hasMessage("The action is already completed");
    }

    @Test
    void refusesFamilyInvolvementTheTermsDidNotPlan() {
        Review review = Review.begin(CaseReference.of(2026, 2), ReviewType.SCR, new TermsOfReference(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30), "Lines", Methodology.IMR_OVERVIEW, null, false), T);
        assertThatThrownBy(() -> review.recordFamilyInvolvement(new FamilyInvolvement("DECLINED", null, "Declined")))
                .hasMessage("The terms of reference do not involve the family");
    }

    @Test
    void refusesTermsWhosePeriodEndsBeforeItStarts() {
        assertThatThrownBy(() -> new TermsOfReference(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), "Lines",
                Methodology.OTHER, "Peer review", false)).hasMessage("The period under review must end on or after its start");
    }
}
