package org.practicereview.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.practicereview.shared.Role;

class ScreeningTests {

    static final CaseReference CASE = new CaseReference("PR-2026-0001");
    static final CriteriaFacts DIED = new CriteriaFacts(true, true, false, false, false, false);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Screening.Evaluation MET = new Screening.Evaluation(CriteriaResult.MET, "reg. 5(2)(a)", "Rule_ChildDied",
            "scr-criteria", 3, "lscb-2006-reg5-v1", NOW);

    static Screening screening() {
        return Screening.recordFacts(CASE, DIED, "Learning notes", Actor.of("prg1", Role.PRG_MEMBER), NOW);
    }

    @Test
    void recordsTheResultWithTheRuleAndTableVersion() {
        Screening screening = screening();
        screening.recordResult(DIED, MET);
        ScreeningOutcome outcome = screening.outcome();
        assertThat(outcome.result()).isEqualTo(CriteriaResult.MET);
        assertThat(outcome.ruleId()).isEqualTo("Rule_ChildDied");
        assertThat(outcome.decisionKey()).isEqualTo("scr-criteria");
        assertThat(outcome.decisionVersion()).isEqualTo(3);
        assertThat(outcome.decisionVersionTag()).isEqualTo("lscb-2006-reg5-v1");
        assertThat(outcome.facts()).isEqualTo(DIED);
    }

    @Test
    void refusesASecondResult() {
        Screening screening = screening();
        screening.recordResult(DIED, MET);
        assertThatThrownBy(() -> screening.recordResult(DIED, MET)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAResultForFactsOtherThanThoseRecorded() {
        CriteriaFacts other = new CriteriaFacts(false, true, false, false, false, false);
        assertThatThrownBy(() -> screening().recordResult(other, MET)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hasNoOutcomeBeforeTheTableRan() {
        assertThat(screening().isEvaluated()).isFalse();
        assertThatThrownBy(() -> screening().outcome()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void factsTravelAsTheSixDecisionTableInputs() {
        var variables = DIED.toVariables();
        assertThat(variables).containsOnlyKeys(CriteriaFacts.NAMES);
        assertThat(CriteriaFacts.from(variables::get)).isEqualTo(DIED);
    }

    @Test
    void aMissingFactIsAWiringFault() {
        assertThatThrownBy(() -> CriteriaFacts.from(name -> null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyMetAndMandatoryCallForAnScr() {
        assertThat(CriteriaResult.MANDATORY.callsForScr()).isTrue();
        assertThat(CriteriaResult.MET.callsForScr()).isTrue();
        assertThat(CriteriaResult.NOT_MET.callsForScr()).isFalse();
    }
}
