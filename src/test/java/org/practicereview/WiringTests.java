package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every name a diagram uses resolves: delegate beans, decisions, called processes, forms, and a task
 * service per user task bound to the same form. Every flow node has a shape (the diagram opens in
 * Camunda Modeler) and every process has a history time to live.
 */
@IntegrationTest
class WiringTests {

    private static final Pattern EXPRESSION_NAME = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired Forms forms;
    @Autowired UserTasks userTasks;

    private List<BpmnModelInstance> diagrams() throws IOException {
        List<BpmnModelInstance> models = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:*.bpmn")) {
            try (InputStream in = r.getInputStream()) {
                models.add(Bpmn.readModelFromStream(in));
            }
        }
        assertThat(models).as("diagrams in processes/").hasSizeGreaterThanOrEqualTo(3);
        return models;
    }

    @Test
    void everyDelegateExpressionNamesABean() throws IOException {
        for (BpmnModelInstance model : diagrams()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                assertThat(expression).as("delegateExpression of %s", task.getId()).isNotNull();
                Matcher m = EXPRESSION_NAME.matcher(expression);
                assertThat(m.matches()).as("%s uses a plain bean name", task.getId()).isTrue();
                assertThat(context.containsBean(m.group(1))).as("bean %s for %s", m.group(1), task.getId()).isTrue();
                assertThat(context.getBean(m.group(1))).isInstanceOf(org.camunda.bpm.engine.delegate.JavaDelegate.class);
            }
        }
    }

    @Test
    void everyDecisionRefAndCalledElementIsDeployed() throws IOException {
        for (BpmnModelInstance model : diagrams()) {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(task.getCamundaDecisionRef()).count())
                        .as("decision %s", task.getCamundaDecisionRef()).isPositive();
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(call.getCalledElement()).count())
                        .as("called process %s", call.getCalledElement()).isPositive();
            }
        }
    }

    @Test
    void everyUserTaskHasAFormAndATaskServiceForThatForm() throws IOException {
        for (BpmnModelInstance model : diagrams()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
                String binding = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
                assertThat(formRef).as("formRef of %s", task.getId()).isNotNull();
                assertThat(binding).as("formRefBinding of %s", task.getId()).isEqualTo("deployment");
                assertThat(task.getCamundaFormKey()).as("%s binds by formRef, not by path", task.getId()).isNull();
                assertThat(forms.exists(formRef)).as("form %s for %s", formRef, task.getId()).isTrue();
                assertThat(userTasks.handledTaskKeys()).as("a service for %s", task.getId()).contains(task.getId());
                assertThat(userTasks.handler(task.getId()).formId()).as("service form of %s", task.getId()).isEqualTo(formRef);
            }
        }
    }

    @Test
    void everyTaskServiceBelongsToATaskInADiagram() throws IOException {
        List<String> taskIds = new ArrayList<>();
        for (BpmnModelInstance model : diagrams()) {
            model.getModelElementsByType(UserTask.class).forEach(t -> taskIds.add(t.getId()));
        }
        assertThat(taskIds).containsAll(userTasks.handledTaskKeys());
    }

    @Test
    void everyProcessHasAHistoryTimeToLiveAndEveryFlowNodeAShape() throws IOException {
        for (BpmnModelInstance model : diagrams()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("TTL of %s", process.getId()).isNotBlank();
                assertThat(process.isExecutable()).isTrue();
            }
            List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> ((ModelElementInstance) s.getBpmnElement()).getAttributeValue("id")).toList();
            for (FlowElement element : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
                assertThat(shapes).as("shape of %s", element.getId()).contains(element.getId());
            }
        }
    }

    @Test
    void everyDecisionHasAHistoryTimeToLive() {
        repository.createDecisionDefinitionQuery().list().forEach(d ->
                assertThat(d.getHistoryTimeToLive()).as("TTL of %s", d.getKey()).isNotNull());
    }

    @Test
    void anExpressionReachesOnlyTheBeansTheDiagramsNameNeverAnyOtherSpringBean() {
        String diagram = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="wiring">
                  <process id="reachesABean" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="call"/>
                    <serviceTask id="call" camunda:expression="${BEAN.hashCode()}"/>
                    <sequenceFlow id="f2" sourceRef="call" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """;
        for (String bean : List.of("jdbcTemplate", "users", "workingDays")) {
            assertThat(context.containsBean(bean)).as("a bean named %s", bean).isTrue();
            String deployment = repository.createDeployment().name("wiring-" + bean)
                    .addString("reaches.bpmn", diagram.replace("BEAN", bean)).deploy().getId();
            try {
                Runnable start = () -> runtime.startProcessInstanceByKey("reachesABean");
                if (bean.equals("workingDays")) {
                    start.run(); // named by the diagrams: reachable
                } else {
                    assertThatThrownBy(start::run).as("expression naming %s", bean).hasMessageContaining(bean);
                }
            } finally {
                repository.deleteDeployment(deployment, true);
            }
        }
    }
}
