package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** One test per rule of serious-incident-notification.dmn (Children Act 2004 s.16C) on the standalone DMN engine. */
class SeriousIncidentNotificationDecisionTest {

    static final String IN_AREA = "IN_AREA";
    static final String OUTSIDE_ENGLAND = "OUTSIDE_ENGLAND_RESIDENT_HERE";
    static final String ELSEWHERE = "ELSEWHERE_IN_ENGLAND";

    private final StandaloneDecision decision = StandaloneDecision.load("serious-incident-notification");

    @Test
    void aLookedAfterChildsDeathFromSuspectedAbuseInTheAreaIsNotifiedToThePanelOfstedAndTheSecretaryOfState() {
        Outcome o = evaluate(true, true, true, false, IN_AREA);

        assertThat(o.rule()).isEqualTo("Rule_LookedAfterChildDiedSeriousIncident");
        assertThat(o.panel()).isTrue();
        assertThat(o.ofsted()).isTrue();
        assertThat(o.reason()).contains("s.16C", "5 working days", "Ofsted and the Secretary of State");
    }

    @Test
    void aLookedAfterChildsDeathIsReportedToOfstedAndTheSecretaryOfStateEvenWithoutAbuseOrNeglect() {
        Outcome o = evaluate(true, false, true, false, IN_AREA);

        assertThat(o.rule()).isEqualTo("Rule_LookedAfterChildDied");
        assertThat(o.panel()).isFalse();
        assertThat(o.ofsted()).isTrue();
        assertThat(o.reason()).contains("whether or not abuse or neglect is known or suspected");
    }

    @Test
    void noAbuseOrNeglectIsNoSeriousIncident() {
        Outcome o = evaluate(false, false, true, true, IN_AREA);

        assertThat(o.rule()).isEqualTo("Rule_NoAbuseOrNeglect");
        assertThat(o.panel()).isFalse();
        assertThat(o.ofsted()).isFalse();
        assertThat(o.reason()).contains("not a serious child safeguarding incident", "s.16C(1)");
    }

    @Test
    void aChildNeitherDeadNorSeriouslyHarmedIsNoSeriousIncident() {
        Outcome o = evaluate(false, true, false, false, IN_AREA);

        assertThat(o.rule()).isEqualTo("Rule_NeitherDiedNorSeriouslyHarmed");
        assertThat(o.panel()).isFalse();
        assertThat(o.ofsted()).isFalse();
    }

    @Test
    void harmElsewhereInEnglandIsNotifiedByThatAuthority() {
        Outcome o = evaluate(false, true, false, true, ELSEWHERE);

        assertThat(o.rule()).isEqualTo("Rule_HarmedElsewhereInEngland");
        assertThat(o.panel()).isFalse();
        assertThat(o.reason()).contains("another local authority's area");
    }

    @Test
    void seriousHarmFromSuspectedNeglectInTheAreaIsASeriousIncident() {
        Outcome o = evaluate(false, true, false, true, IN_AREA);

        assertThat(o.rule()).isEqualTo("Rule_SeriousIncident");
        assertThat(o.panel()).isTrue();
        assertThat(o.ofsted()).isFalse();
        assertThat(o.reason()).contains("within 5 working days of becoming aware", "safeguarding partners");
    }

    @Test
    void aChildResidentHereWhoDiedOutsideEnglandIsAlsoThisAuthoritysSeriousIncident() {
        assertThat(evaluate(false, true, true, false, OUTSIDE_ENGLAND).rule()).isEqualTo("Rule_SeriousIncident");
        assertThat(evaluate(true, true, true, false, OUTSIDE_ENGLAND).rule()).isEqualTo("Rule_LookedAfterChildDiedSeriousIncident");
    }

    @Test
    void everyRuleHasATestAndTheTableKeepsHistoryTenYearsUnderItsVersionTag() throws Exception {
        try (InputStream xml = getClass().getResourceAsStream("/serious-incident-notification.dmn")) {
            Decision model = Dmn.readModelFromStream(xml).getModelElementById("serious-incident-notification");
            assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
            assertThat(model.getVersionTag()).isEqualTo("ca2004-s16c-v1");
            assertThat(model.getModelInstance().getModelElementsByType(Rule.class)).extracting(Rule::getId).containsExactly(
                    "Rule_LookedAfterChildDiedSeriousIncident", "Rule_LookedAfterChildDied", "Rule_NoAbuseOrNeglect",
                    "Rule_NeitherDiedNorSeriouslyHarmed", "Rule_HarmedElsewhereInEngland", "Rule_SeriousIncident");
        }
    }

    private Outcome evaluate(boolean lookedAfter, boolean abuseOrNeglect, boolean died, boolean seriouslyHarmed, String where) {
        StandaloneDecision.Evaluation evaluation = decision.evaluate(Map.of("lookedAfterChild", lookedAfter,
                "abuseOrNeglectKnownOrSuspected", abuseOrNeglect, "childDied", died, "childSeriouslyHarmed", seriouslyHarmed,
                "whereHarmed", where));
        return new Outcome(evaluation.entry("notifyPanel"), evaluation.entry("notifyOfstedAndSecretaryOfState"),
                evaluation.entry("notificationReason"), evaluation.rule());
    }

    private record Outcome(Boolean panel, Boolean ofsted, String reason, String rule) {}
}
