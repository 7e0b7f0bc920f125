package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of scr-criteria.dmn on the standalone DMN engine: result, reason and the rule that fired. */
class ScrCriteriaDecisionTest {

    private final StandaloneDecision decision = StandaloneDecision.load("scr-criteria");

    @Test
    void deathInCustodyOrDetentionAlwaysNeedsAnScr() {
        Outcome outcome = evaluate(new Facts(true, false, false, true, false, true));

        assertThat(outcome.rule()).isEqualTo("Rule_DiedInCustodyOrDetention");
        assertThat(outcome.result()).isEqualTo("MANDATORY");
        assertThat(outcome.reason()).contains("police custody", "Mental Health Act 1983", "Working Together", "always");
    }

    @Test
    void deathWhileDeprivedOfLibertyUnderTheMcaAlwaysNeedsAnScr() {
        Outcome outcome = evaluate(new Facts(false, true, false, true, false, false));

        assertThat(outcome.rule()).isEqualTo("Rule_DiedDeprivedOfLibertyMca");
        assertThat(outcome.result()).isEqualTo("MANDATORY");
        assertThat(outcome.reason()).contains("Mental Capacity Act 2005", "Working Together", "always");
    }

    @Test
    void criteriaNotMetWhenAbuseOrNeglectIsNeitherKnownNorSuspected() {
        Outcome outcome = evaluate(new Facts(false, false, false, true, true, false));

        assertThat(outcome.rule()).isEqualTo("Rule_NoAbuseOrNeglect");
        assertThat(outcome.result()).isEqualTo("NOT_MET");
        assertThat(outcome.reason()).contains("neither known nor suspected", "LSCB Regulations 2006, reg. 5(2)(a)");
    }

    @Test
    void criteriaMetWhenTheChildDiedAndAbuseOrNeglectIsSuspected() {
        Outcome outcome = evaluate(new Facts(false, false, true, true, false, true));

        assertThat(outcome.rule()).isEqualTo("Rule_ChildDied");
        assertThat(outcome.result()).isEqualTo("MET");
        assertThat(outcome.reason()).contains("has died", "LSCB Regulations 2006, reg. 5(2)(b)(i)");
    }

    @Test
    void criteriaMetWhenSeriouslyHarmedWithoutDefinitiveEvidenceOfNoConcern() {
        Outcome outcome = evaluate(new Facts(false, false, true, false, true, false));

        assertThat(outcome.rule()).isEqualTo("Rule_SeriousHarmWithConcern");
        assertThat(outcome.result()).isEqualTo("MET");
        assertThat(outcome.reason()).contains("seriously harmed", "cause for concern is taken as present",
                "LSCB Regulations 2006, reg. 5(2)(b)(ii)");
    }

    @Test
    void criteriaNotMetWhenSeriouslyHarmedButDefinitiveEvidenceShowsNoConcern() {
        Outcome outcome = evaluate(new Facts(false, false, true, false, true, true));

        assertThat(outcome.rule()).isEqualTo("Rule_SeriousHarmNoConcern");
        assertThat(outcome.result()).isEqualTo("NOT_MET");
        assertThat(outcome.reason()).contains("definitive evidence of no cause for concern", "reg. 5(2)(b)(ii)");
    }

    @Test
    void criteriaNotMetWhenTheChildNeitherDiedNorWasSeriouslyHarmed() {
        Outcome outcome = evaluate(new Facts(false, false, true, false, false, false));

        assertThat(outcome.rule()).isEqualTo("Rule_NoDeathOrSeriousHarm");
        assertThat(outcome.result()).isEqualTo("NOT_MET");
        assertThat(outcome.reason()).contains("neither died nor been seriously harmed", "reg. 5(2)(b)");
    }

    @Test
    void firstMatchingRuleWinsWhenADeathInCustodyFollowedSuspectedAbuse() {
        Outcome outcome = evaluate(new Facts(true, false, true, true, false, false));

        assertThat(outcome.rule()).isEqualTo("Rule_DiedInCustodyOrDetention");
        assertThat(outcome.matchingRules()).isEqualTo(1);
    }

    private Outcome evaluate(Facts facts) {
        StandaloneDecision.Evaluation evaluation = decision.evaluate(facts.asVariables());
        return new Outcome(evaluation.entry("criteriaResult"), evaluation.entry("criteriaReason"), evaluation.rule(),
                evaluation.matchingRules().size());
    }

    private record Outcome(String result, String reason, String rule, int matchingRules) {}
}
