package org.practicereview.processes;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicereview.shared.Stage;

/**
 * The diagrams against docs/process-contract.md, read as models: the forms, delegates and stages
 * that the Java side relies on, and the conventions every diagram keeps.
 */
class ProcessContractTest {

    private static final Map<String, String> FORMS = Map.ofEntries(
            entry("Task_TriageReferral", "triage-referral"),
            entry("Task_ProvideMoreInformation", "provide-more-information"),
            entry("Task_RequestAgencyInformation", "request-agency-information"),
            entry("Task_ProvideAgencySummary", "provide-agency-summary"),
            entry("Task_ScreenAgainstCriteria", "screen-against-criteria"),
            entry("Task_RecommendToChair", "recommend-to-chair"),
            entry("Task_RecordScrDecision", "record-scr-decision"),
            entry("Task_AgreeTermsOfReference", "agree-terms-of-reference"),
            entry("Task_AppointLeadReviewer", "appoint-lead-reviewer"),
            entry("Task_SubmitAgencyReport", "submit-agency-report"),
            entry("Task_RecordFamilyInvolvement", "record-family-involvement"),
            entry("Task_DraftReport", "draft-report"),
            entry("Task_QualityAssureReport", "quality-assure-report"),
            entry("Task_BoardSignOff", "board-sign-off"),
            entry("Task_AgreeActionPlan", "agree-action-plan"),
            entry("Task_PreparePublicationPack", "prepare-publication-pack"),
            entry("Task_ResolveAnonymisationFindings", "resolve-anonymisation-findings"),
            entry("Task_ApprovePublication", "approve-publication"));

    private static final Map<String, String> DELEGATES = Map.ofEntries(
            entry("Task_RegisterReferral", "${registerReferral}"),
            entry("Task_MergeReferral", "${mergeReferral}"),
            entry("Task_SendAgencyReminder", "${sendAgencyReminder}"),
            entry("Task_RecordCriteriaResult", "${recordCriteriaResult}"),
            entry("Task_EscalateOverdueDecision", "${escalateOverdueDecision}"),
            entry("Task_NotifyDecision", "${notifyDecision}"),
            entry("Task_SendReviewReminder", "${sendReviewReminder}"),
            entry("Task_EscalateReviewOverdue", "${escalateReviewOverdue}"),
            entry("Task_CheckAnonymisation", "${checkAnonymisation}"),
            entry("Task_GenerateBriefing", "${generateBriefing}"),
            entry("Task_SendPrePublicationNotice", "${sendPrePublicationNotice}"),
            entry("Task_PublishReview", "${publishReview}"));

    private static final Map<String, Map<String, String>> STAGES = Map.of(
            "case-review", Map.ofEntries(
                    entry("Task_RegisterReferral", "TRIAGE"),
                    entry("Task_TriageReferral", "TRIAGE"),
                    entry("Task_ProvideMoreInformation", "TRIAGE"),
                    entry("EndEvent_ReferralMerged", "MERGED"),
                    entry("Task_RequestAgencyInformation", "AGENCY_INFORMATION"),
                    entry("Task_ProvideAgencySummary", "AGENCY_INFORMATION"),
                    entry("Task_ScreenAgainstCriteria", "SCREENING"),
                    entry("Task_RecommendToChair", "SCREENING"),
                    entry("Task_RecordScrDecision", "DECISION"),
                    entry("EndEvent_ClosedWithLearning", "CLOSED"),
                    entry("CallActivity_Review", "REVIEW"),
                    entry("CallActivity_Publication", "PUBLICATION"),
                    entry("EndEvent_ReviewPublished", "PUBLISHED")),
            "scr-review", Map.of(),
            "publication", Map.of("EndEvent_PublicationCompleted", "PUBLISHED"));

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication"})
    void everyProcessIsExecutableAndKeepsHistoryTenYears(String process) {
        Process definition = model(process).getModelElementById(process);

        assertThat(definition.isExecutable()).isTrue();
        assertThat(definition.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
    }

    @Test
    void theCriteriaDecisionKeepsHistoryTenYearsAndNamesItsCriteriaSet() throws Exception {
        try (InputStream xml = getClass().getResourceAsStream("/scr-criteria.dmn")) {
            Decision decision = Dmn.readModelFromStream(xml).getModelElementById("scr-criteria");
            assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
            // Recorded with every criteria result: which criteria set applied.
            assertThat(decision.getVersionTag()).isEqualTo("lscb-2006-reg5-v1");
        }
    }

    @Test
    void userTasksBindTheirFormsByIdFromTheSameDeployment() {
        Map<String, String> forms = new HashMap<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormKey()).as(task.getId()).isNull();
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                forms.put(task.getId(), task.getCamundaFormRef());
            }
        }
        assertThat(forms).isEqualTo(FORMS);
    }

    @Test
    void serviceTasksCallSpringBeansByName() {
        Map<String, String> delegates = new HashMap<>();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                delegates.put(task.getId(), task.getCamundaDelegateExpression());
            }
        }
        assertThat(delegates).isEqualTo(DELEGATES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication"})
    void stagesAreNamedWhereTheContractSaysAndNowhereElse(String process) {
        Map<String, String> stages = new HashMap<>();
        for (FlowNode node : model(process).getModelElementsByType(FlowNode.class)) {
            String stage = stageOf(node);
            if (stage != null) {
                stages.put(node.getId(), Stage.valueOf(stage).name());
            }
        }
        assertThat(stages).isEqualTo(STAGES.get(process));
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication"})
    void everyGatewayFlowHasAConditionOrIsTheDefault(String process) {
        for (ExclusiveGateway gateway : model(process).getModelElementsByType(ExclusiveGateway.class)) {
            assertThat(gateway.getId()).startsWith("Gateway_");
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getConditionExpression() != null || flow.equals(gateway.getDefault()))
                        .as(flow.getId()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication"})
    void everyElementIsDrawnAndEveryFlowNamedForWhatItCarries(String process) {
        BpmnModelInstance model = model(process);
        Set<String> drawn = ids(model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).collect(Collectors.toList()));
        drawn.addAll(ids(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement).collect(Collectors.toList())));

        assertThat(drawn).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(drawn).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).allMatch(id -> id.matches("SequenceFlow_[A-Z][A-Za-z]+"));
    }

    private static String stageOf(FlowNode node) {
        if (node.getExtensionElements() == null) {
            return null;
        }
        return node.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> "stage".equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static BpmnModelInstance[] models() {
        return new BpmnModelInstance[] {model("case-review"), model("scr-review"), model("publication")};
    }

    private static BpmnModelInstance model(String process) {
        return Bpmn.readModelFromStream(ProcessContractTest.class.getResourceAsStream("/" + process + ".bpmn"));
    }
}
