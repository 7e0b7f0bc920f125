package org.practicereview.screening;

import java.util.Map;
import org.practicereview.audit.Trail;
import org.practicereview.audit.TrailAction;
import org.practicereview.shared.Actor;
import org.practicereview.shared.CaseReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completes a screening with the decision table's result and leaves the evaluation in the trail. */
@Service
class CriteriaResults {

    private final Screenings screenings;
    private final CriteriaEvaluations evaluations;
    private final Trail trail;

    CriteriaResults(Screenings screenings, CriteriaEvaluations evaluations, Trail trail) {
        this.screenings = screenings;
        this.evaluations = evaluations;
        this.trail = trail;
    }

    @Transactional
    CriteriaResult record(CaseReference ref, String processInstanceId, CriteriaFacts facts, Map<String, Object> outcome) {
        if (outcome == null) {
            throw new IllegalStateException("The criteria table left no outcome");
        }
        Screening screening = screenings.awaitingResult(ref)
                .orElseThrow(() -> new IllegalStateException("No screening awaits a criteria result for " + ref));
        Screening.Evaluation evaluation = evaluations.of(processInstanceId, facts, screening.screenedAt(), outcome);
        screening.recordResult(facts, evaluation);
        screenings.save(screening);
        trail.append(ref, Actor.SYSTEM, TrailAction.CRITERIA_EVALUATED, details(facts, evaluation));
        return evaluation.result();
    }

    private static String details(CriteriaFacts facts, Screening.Evaluation e) {
        return "decision " + e.decisionKey() + " version " + e.decisionVersion() + " (" + e.versionTag() + ") rule " + e.ruleId()
                + "; inputs " + facts.toVariables()
                + "; outputs criteriaResult=" + e.result() + ", criteriaReason=" + e.reason();
    }
}
