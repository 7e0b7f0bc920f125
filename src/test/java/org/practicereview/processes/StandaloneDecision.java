package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * A decision table of {@code processes/} on the standalone DMN engine, for the one-test-per-rule tests:
 * each evaluation gives the single result and the rules that matched, so a test can name the rule that fired.
 */
final class StandaloneDecision {

    /** One evaluation: the result's entries and the ids of the rules that matched, the one that fired first. */
    record Evaluation(DmnDecisionResultEntries result, List<String> matchingRules) {

        String rule() {
            return matchingRules.get(0);
        }

        <T> T entry(String name) {
            return result.getEntry(name);
        }
    }

    private final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    private StandaloneDecision(String key) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationListener) evaluations::add));
        engine = configuration.buildEngine();
        try (InputStream xml = StandaloneDecision.class.getResourceAsStream("/" + key + ".dmn")) {
            decision = engine.parseDecision(key, xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision with this key, read from {@code processes/<key>.dmn}. */
    static StandaloneDecision load(String key) {
        return new StandaloneDecision(key);
    }

    Evaluation evaluate(Map<String, Object> variables) {
        evaluations.clear();
        DmnDecisionResultEntries result = engine.evaluateDecision(decision, variables).getSingleResult();
        assertThat(evaluations).as("one decision table evaluated").hasSize(1);
        return new Evaluation(result, evaluations.get(0).getMatchingRules().stream().map(r -> r.getId()).toList());
    }
}
