package org.practicereview.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.practicereview.audit.TrailAction;
import org.practicereview.audit.TrailEntry;
import org.practicereview.shared.Regime;
import org.practicereview.shared.Stage;

class StageTrackerTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final List<TrailEntry> trail = new ArrayList<>();

    private void event(TrailAction action, String actor, String role, String details) {
        trail.add(new TrailEntry(trail.size() + 1, "PR-2026-0001", T.plusSeconds(86_400L * trail.size()), actor, role,
                action.stored(), details, "0".repeat(64), "0".repeat(64)));
    }

    @Test
    void eachMilestoneIsReachedByTheEventItsOwnerWrote() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=SCR_CONSIDERATION");
        event(TrailAction.REFERRAL_ACCEPTED, "coord1", "PRG_COORDINATOR", "complete and in area");
        event(TrailAction.RECOMMENDATION_MADE, "member1", "PRG_MEMBER", "INITIATE_SCR");
        event(TrailAction.REVIEW_COMMISSIONED, "chair1", "CHAIR", "Serious Case Review");

        assertThat(StageTracker.steps(Stage.REVIEW, trail, UnaryOperator.identity())).extracting(StageTracker.Step::name, StageTracker.Step::status,
                StageTracker.Step::reachedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Referral", "Completed", "police.one (agency)"),
                org.assertj.core.groups.Tuple.tuple("Screening", "Completed", "coord1 (PRG coordinator)"),
                org.assertj.core.groups.Tuple.tuple("Chair's decision", "Completed", "member1 (PRG member)"),
                org.assertj.core.groups.Tuple.tuple("Review", "In progress", "chair1 (chair)"),
                org.assertj.core.groups.Tuple.tuple("Publication", "Not started", null));
        assertThat(StageTracker.steps(Stage.REVIEW, trail, UnaryOperator.identity()).get(1).reachedOn()).isEqualTo("3 March 2026 at 10am");
    }

    @Test
    void aSeriousIncidentUnderThe2018ArrangementsShowsTheNotificationAndTheRapidReviewNotScreeningOrTheChair() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=SCR_CONSIDERATION regime=CSPR_2018");
        event(TrailAction.REFERRAL_ACCEPTED, "coord1", "PRG_COORDINATOR", "complete and in area");
        event(TrailAction.INCIDENT_AWARENESS_RECORDED, "coord1", "PRG_COORDINATOR", "aware");
        event(TrailAction.INCIDENT_PANEL_NOTIFIED, "la1", "PARTNER_LOCAL_AUTHORITY", "notified");
        event(TrailAction.PANEL_RESPONSE_RECORDED, "coord1", "PRG_COORDINATOR", "more information");
        event(TrailAction.PANEL_RESPONSE_RECORDED, "coord2", "PRG_COORDINATOR", "agrees");

        assertThat(StageTracker.steps(Regime.CSPR_2018, "SCR_CONSIDERATION", Stage.REVIEW, trail, UnaryOperator.identity()))
                .extracting(StageTracker.Step::name, StageTracker.Step::status, StageTracker.Step::reachedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Referral", "Completed", "police.one (agency)"),
                org.assertj.core.groups.Tuple.tuple("Serious incident notification", "Completed", "coord1 (PRG coordinator)"),
                org.assertj.core.groups.Tuple.tuple("Rapid review", "Completed", "la1 (local authority safeguarding partner)"),
                org.assertj.core.groups.Tuple.tuple("Local review", "In progress", "coord2 (PRG coordinator)"),
                org.assertj.core.groups.Tuple.tuple("Publication", "Not started", null));
        assertThat(StageTracker.steps(Regime.CSPR_2018, "SCR_CONSIDERATION", Stage.RAPID_REVIEW, trail, UnaryOperator.identity()).get(2).status())
                .isEqualTo("In progress");
    }

    @Test
    void aLearningReferralListsItsOwnRouteWithoutScreeningOrTheChairUnderEitherLaw() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=MULTI_AGENCY_LEARNING");
        event(TrailAction.REFERRAL_ACCEPTED, "coord1", "PRG_COORDINATOR", "complete and in area");
        event(TrailAction.REVIEW_COMMISSIONED, "system", "SYSTEM", "reflective review");

        for (Regime regime : Regime.values()) {
            assertThat(StageTracker.steps(regime, "MULTI_AGENCY_LEARNING", Stage.REVIEW, trail, UnaryOperator.identity()))
                    .extracting(StageTracker.Step::name, StageTracker.Step::status, StageTracker.Step::reachedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Referral", "Completed", "police.one (agency)"),
                    org.assertj.core.groups.Tuple.tuple("Reflective review by the Practice Review Group", "In progress",
                            "coord1 (PRG coordinator)"),
                    org.assertj.core.groups.Tuple.tuple("Publication", "Not started", null));
        }
        assertThat(StageTracker.steps(Regime.SCR_2006, "MULTI_AGENCY_LEARNING", Stage.TRIAGE, trail.subList(0, 1),
                UnaryOperator.identity())).extracting(StageTracker.Step::status).containsExactly("In progress", "Not started", "Not started");
    }

    @Test
    void aGoodPracticeReferralNamesItsReviewAndIsPublishedAfterItsActionPlan() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=GOOD_PRACTICE regime=CSPR_2018");
        event(TrailAction.REFERRAL_ACCEPTED, "coord1", "PRG_COORDINATOR", "complete and in area");
        event(TrailAction.ACTION_PLAN_AGREED, "coord1", "PRG_COORDINATOR", "agreed");

        assertThat(StageTracker.steps(Regime.CSPR_2018, "GOOD_PRACTICE", Stage.PUBLICATION, trail, UnaryOperator.identity()))
                .extracting(StageTracker.Step::name, StageTracker.Step::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Referral", "Completed"),
                org.assertj.core.groups.Tuple.tuple("Good-practice review by the Practice Review Group", "Completed"),
                org.assertj.core.groups.Tuple.tuple("Publication", "In progress"));
    }

    @Test
    void aSeriousIncidentUnderThe2018ArrangementsShowsItsOwnRouteFromTriage() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=SCR_CONSIDERATION regime=CSPR_2018");

        assertThat(StageTracker.steps(Regime.CSPR_2018, "SCR_CONSIDERATION", Stage.TRIAGE, trail, UnaryOperator.identity()))
                .extracting(StageTracker.Step::name, StageTracker.Step::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Referral", "In progress"),
                org.assertj.core.groups.Tuple.tuple("Serious incident notification", "Not started"),
                org.assertj.core.groups.Tuple.tuple("Rapid review", "Not started"),
                org.assertj.core.groups.Tuple.tuple("Local review", "Not started"),
                org.assertj.core.groups.Tuple.tuple("Publication", "Not started"));
    }

    @Test
    void aSeriousIncidentUnderThe2006RegulationsKeepsScreeningAndTheChairsDecision() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=SCR_CONSIDERATION regime=SCR_2006");

        assertThat(StageTracker.steps(Regime.SCR_2006, "SCR_CONSIDERATION", Stage.TRIAGE, trail, UnaryOperator.identity()))
                .extracting(StageTracker.Step::name)
                .containsExactly("Referral", "Screening", "Chair's decision", "Review", "Publication");
    }

    @Test
    void theTextOfOtherEventsReachesNoMilestone() {
        event(TrailAction.REFERRAL_SUBMITTED, "police.one", "AGENCY", "purpose=SCR_CONSIDERATION");
        event(TrailAction.TASK_COMPLETED, "coord1", "PRG_COORDINATOR", "Task_TriageReferral triageOutcome=ACCEPTED");
        event(TrailAction.TASK_COMPLETED, "chair1", "CHAIR", "Task_RecordScrDecision decision OTHER_REVIEW review LEARNING");

        assertThat(StageTracker.steps(Stage.CLOSED, trail, UnaryOperator.identity())).extracting(StageTracker.Step::status)
                .containsExactly("Completed", "Not reached", "Not reached", "Not reached", "Not reached");
    }

    @Test
    void aSecondCommissionAfterADeferralDatesTheReviewFromTheLatest() {
        event(TrailAction.REVIEW_COMMISSIONED, "chair1", "CHAIR", "learning review");
        event(TrailAction.REVIEW_COMMISSIONED, "chair2", "CHAIR", "Serious Case Review");

        assertThat(StageTracker.steps(Stage.REVIEW, trail, UnaryOperator.identity()).get(3).reachedBy()).isEqualTo("chair2 (chair)");
    }

    @Test
    void namesWhoeverReachedAStageByTheirNameNotTheirAccount() {
        event(TrailAction.REVIEW_COMMISSIONED, "chair2", "CHAIR", "Serious Case Review");

        assertThat(StageTracker.steps(Stage.REVIEW, trail, id -> id.equals("chair2") ? "Rosalind Fictional" : id).get(3).reachedBy())
                .isEqualTo("Rosalind Fictional (chair)");
    }
}
