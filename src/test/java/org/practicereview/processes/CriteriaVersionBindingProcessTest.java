package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.practicereview.processes.ProcessTesting.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.practicereview.processes.ProcessTesting.AnonymisationFindings;

/**
 * The criteria a case is screened by are the ones its diagram names by version tag, never the latest
 * deployed: a changed criteria file, redeployed, does not change the answer for a case already screened,
 * also when the chair defers and the case is screened again.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"case-review.bpmn", "scr-review.bpmn", "publication.bpmn", "scr-criteria.dmn"})
class CriteriaVersionBindingProcessTest {

    static final String TAG = "lscb-2006-reg5-v1";
    static final String CHANGED_TAG = "lscb-2006-reg5-v2-test";

    ProcessEngine engine;
    CaseJourney journey;
    String changedDeployment;

    @BeforeEach
    void prepare() {
        ProcessTesting.clockAt("2026-12-14T10:00");
        journey = new CaseJourney(engine, ProcessTesting.prepare(engine, new AnonymisationFindings()));
    }

    @AfterEach
    void reset() {
        if (changedDeployment != null) {
            engine.getRepositoryService().deleteDeployment(changedDeployment, true);
        }
        ProcessTesting.reset();
    }

    @Test
    void changingTheCriteriaFilesAndRedeployingDoesNotChangeTheAnswerForACaseAlreadyScreened() {
        ProcessInstance instance = journey.atChair(Facts.deathWithAbuseSuspected());
        assertThat(instance).variables().containsEntry("criteriaResult", "MET");

        changedDeployment = engine.getRepositoryService().createDeployment()
                .addString("scr-criteria-changed.dmn", changedCriteria()).deploy().getId();
        DecisionDefinition latest = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey("scr-criteria").latestVersion().singleResult();
        assertThat(latest.getVersionTag()).isEqualTo(CHANGED_TAG);
        String latestAnswer = engine.getDecisionService().evaluateDecisionTableByKey("scr-criteria")
                .variables(Variables.fromMap(Facts.deathWithAbuseSuspected())).evaluate().getSingleResult()
                .getEntry("criteriaResult");
        assertThat(latestAnswer).as("the latest rules would now answer otherwise").isEqualTo("NOT_MET");

        complete(task("Task_RecordScrDecision", instance), withVariables("decisionOption", "DEFER", "reviewCommissioned", false));
        journey.startsASecondRound(instance);
        engine.getTaskService().complete(tasks(engine, instance, "Task_ProvideAgencySummary").get(0).getId());
        complete(task("Task_ScreenAgainstCriteria", instance), Facts.deathWithAbuseSuspected());

        assertThat(instance).isWaitingAt("Task_RecommendToChair").variables().containsEntry("criteriaResult", "MET");
        List<HistoricDecisionInstance> evaluations = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId()).decisionDefinitionKey("scr-criteria").list();
        assertThat(evaluations).hasSize(2).allSatisfy(e -> {
            DecisionDefinition used = engine.getRepositoryService().getDecisionDefinition(e.getDecisionDefinitionId());
            assertThat(used.getVersionTag()).as("each evaluation records key, version and tag").isEqualTo(TAG);
            assertThat(used.getVersion()).isLessThan(latest.getVersion());
            assertThat(used.getKey()).isEqualTo("scr-criteria");
        });
    }

    /**
     * The criteria file as a board might change it: {@code processes/scr-criteria.dmn} read as text, the death
     * with abuse suspected rule answering "not met", under a new version tag and the same decision key.
     */
    static String changedCriteria() {
        String original;
        try (InputStream in = CriteriaVersionBindingProcessTest.class.getResourceAsStream("/scr-criteria.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String changed = original
                .replace("camunda:versionTag=\"" + TAG + "\"", "camunda:versionTag=\"" + CHANGED_TAG + "\"")
                .replaceFirst("(<outputEntry id=\"OutputEntry_ChildDied_Result\">\\s*<text>)\"MET\"", "$1\"NOT_MET\"");
        assertThat(changed).as("the rule and the tag this test changes are still in the criteria file")
                .contains(CHANGED_TAG).doesNotContainPattern("OutputEntry_ChildDied_Result\">\\s*<text>\"MET\"");
        return changed;
    }
}
