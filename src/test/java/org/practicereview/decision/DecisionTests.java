package org.practicereview.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicereview.screening.CriteriaFacts;
import org.practicereview.screening.CriteriaResult;
import org.practicereview.screening.ScreeningOutcome;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.ReviewType;
import org.practicereview.shared.Role;

class DecisionTests {

    static final CaseReference CASE = new CaseReference("PR-2026-0001");
    static final Actor CHAIR = Actor.of("chair1", Role.CHAIR);
    static final Instant DUE = Instant.parse("2026-12-02T17:00:00Z");
    static final Instant BEFORE_DUE = Instant.parse("2026-11-30T10:00:00Z");

    static ScreeningOutcome criteria(CriteriaResult result) {
        return new ScreeningOutcome(CASE, new CriteriaFacts(true, true, false, false, false, false), result, "reason",
                "Rule_ChildDied", "scr-criteria", 2, "lscb-2006-reg5-v1", BEFORE_DUE);
    }

    static Decision.Choice choice(DecisionOption option, ReviewType type, List<String> followUp, String departure) {
        return new Decision.Choice(option, type, followUp, "Rationale", departure);
    }

    static Decision take(Decision.Choice choice, CriteriaResult criteria, Instant at) {
        return Decision.take(CASE, choice, criteria(criteria), CHAIR, at, DUE);
    }

    @Test
    void initiatingAnScrCommissionsAnScrAgainstTheCriteriaVersion() {
        RecordedDecision d = take(choice(DecisionOption.INITIATE_SCR, null, null, null), CriteriaResult.MET, BEFORE_DUE).view();
        assertThat(d.reviewType()).isEqualTo(ReviewType.SCR);
        assertThat(d.criteriaSet()).isEqualTo("scr-criteria");
        assertThat(d.criteriaVersion()).isEqualTo(2);
        assertThat(d.criteriaVersionTag()).isEqualTo("lscb-2006-reg5-v1");
        assertThat(d.departsFromCriteria()).isFalse();
        assertThat(d.decidedBy()).isEqualTo("chair1");
        assertThat(d.withinDeadline()).isTrue();
    }

    @Test
    void aDecisionAfterTheDeadlineIsRecordedAsLate() {
        Decision d = take(choice(DecisionOption.INITIATE_SCR, null, null, null), CriteriaResult.MET, DUE.plusSeconds(1));
        assertThat(d.withinDeadline()).isFalse();
    }

    @Test
    void anotherReviewNeedsALesserReviewType() {
        assertThatThrownBy(() -> take(choice(DecisionOption.OTHER_REVIEW, null, null, null), CriteriaResult.NOT_MET, BEFORE_DUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> take(choice(DecisionOption.OTHER_REVIEW, ReviewType.SCR, null, null), CriteriaResult.NOT_MET, BEFORE_DUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(take(choice(DecisionOption.OTHER_REVIEW, ReviewType.REFLECTIVE, null, null), CriteriaResult.NOT_MET, BEFORE_DUE)
                .reviewType()).isEqualTo(ReviewType.REFLECTIVE);
    }

    @Test
    void noReviewSaysWhatFollows() {
        assertThatThrownBy(() -> take(choice(DecisionOption.NO_REVIEW, null, List.of(), null), CriteriaResult.NOT_MET, BEFORE_DUE))
                .isInstanceOf(IllegalArgumentException.class);
        RecordedDecision d = take(choice(DecisionOption.NO_REVIEW, null, List.of("DISSEMINATE_LEARNING", "IMMEDIATE_ACTION"), null),
                CriteriaResult.NOT_MET, BEFORE_DUE).view();
        assertThat(d.noReviewFollowUp()).containsExactly("DISSEMINATE_LEARNING", "IMMEDIATE_ACTION");
        assertThat(d.reviewType()).isNull();
    }

    @Test
    void departingFromMetCriteriaNeedsAReasonAndIsFlagged() {
        assertThatThrownBy(() -> take(choice(DecisionOption.NO_REVIEW, null, List.of("IMMEDIATE_ACTION"), " "), CriteriaResult.MET, BEFORE_DUE))
                .isInstanceOf(IllegalArgumentException.class);
        RecordedDecision d = take(choice(DecisionOption.NO_REVIEW, null, List.of("IMMEDIATE_ACTION"), "Single-agency issue"),
                CriteriaResult.MET, BEFORE_DUE).view();
        assertThat(d.departsFromCriteria()).isTrue();
        assertThat(d.departureReason()).isEqualTo("Single-agency issue");
    }

    @Test
    void aReasonGivenWithoutADepartureIsNotKept() {
        RecordedDecision d = take(choice(DecisionOption.INITIATE_SCR, null, null, "Not needed"), CriteriaResult.MANDATORY, BEFORE_DUE).view();
        assertThat(d.departsFromCriteria()).isFalse();
        assertThat(d.departureReason()).isNull();
    }

    @Test
    void onlyTheChairDecides() {
        assertThatThrownBy(() -> Decision.take(CASE, choice(DecisionOption.DEFER, null, null, null), criteria(CriteriaResult.MET),
                Actor.of("prg1", Role.PRG_MEMBER), BEFORE_DUE, DUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionNeedsARationale() {
        assertThatThrownBy(() -> take(new Decision.Choice(DecisionOption.DEFER, null, null, "", null), CriteriaResult.MET, BEFORE_DUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
