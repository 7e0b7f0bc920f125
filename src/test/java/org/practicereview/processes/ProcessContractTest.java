package org.practicereview.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
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
 * The conventions every diagram keeps, read as models. What each step binds (form, delegate, stage) is
 * generated into docs/process-contract.md (ProcessContractDocTests); that each name resolves, WiringTests.
 */
class ProcessContractTest {

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication", "serious-incident", "rapid-review"})
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
    void everyCriteriaTaskNamesItsRulesByVersionTagNeverTheLatest() throws Exception {
        List<BusinessRuleTask> criteriaTasks = new ArrayList<>();
        for (BpmnModelInstance model : models()) {
            criteriaTasks.addAll(model.getModelElementsByType(BusinessRuleTask.class));
        }
        assertThat(criteriaTasks).extracting(BusinessRuleTask::getCamundaDecisionRef)
                .contains("scr-criteria", "serious-incident-notification");
        for (BusinessRuleTask t : criteriaTasks) {
            assertThat(t.getCamundaDecisionRefBinding()).as(t.getId()).isEqualTo("versionTag");
            assertThat(t.getCamundaDecisionRefVersionTag()).as(t.getId() + ": the rules deployed with the criteria file")
                    .isEqualTo(versionTagOf(t.getCamundaDecisionRef()));
        }
    }

    /** The version tag the decision carries in its file, processes/{key}.dmn. */
    private static String versionTagOf(String decisionKey) throws Exception {
        try (InputStream xml = ProcessContractTest.class.getResourceAsStream("/" + decisionKey + ".dmn")) {
            return Dmn.readModelFromStream(xml).<Decision>getModelElementById(decisionKey).getVersionTag();
        }
    }

    @Test
    void userTasksBindTheirFormsByIdFromTheSameDeployment() {
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormKey()).as(task.getId()).isNull();
                assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            }
        }
    }

    @Test
    void serviceTasksCallSpringBeansByName() {
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as(task.getId()).isNull();
                assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z]\\w*}");
            }
        }
    }

    /** Which step names which stage is in the generated docs/process-contract.md; here, that each is a stage at all. */
    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication", "serious-incident", "rapid-review"})
    void stagesAreNamedOnlyOnStepsThatMoveACaseAndAreStages(String process) {
        for (FlowNode node : model(process).getModelElementsByType(FlowNode.class)) {
            String stage = stageOf(node);
            if (stage != null) {
                assertThat(node).as(node.getId()).isInstanceOfAny(UserTask.class, ServiceTask.class, CallActivity.class,
                        EndEvent.class);
                assertThat(Stage.valueOf(stage)).as(node.getId()).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"case-review", "scr-review", "publication", "serious-incident", "rapid-review"})
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
    @ValueSource(strings = {"case-review", "scr-review", "publication", "serious-incident", "rapid-review"})
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
        return new BpmnModelInstance[] {model("case-review"), model("scr-review"), model("publication"), model("serious-incident"), model("rapid-review")};
    }

    private static BpmnModelInstance model(String process) {
        return Bpmn.readModelFromStream(ProcessContractTest.class.getResourceAsStream("/" + process + ".bpmn"));
    }
}
