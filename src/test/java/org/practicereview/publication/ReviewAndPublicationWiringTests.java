package org.practicereview.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicereview.IntegrationTest;
import org.practicereview.workflow.Forms;
import org.practicereview.workflow.UserTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Every user task of the review and publication diagrams has its service and form; every delegate is a bean. */
@IntegrationTest
@Import(PublicationProcessTests.KnownCase.class)
@TestPropertySource(properties = {PublicationProcessTests.UNIQUE_ENGINE, PublicationProcessTests.UNIQUE_APPLICATION})
class ReviewAndPublicationWiringTests {

    @Autowired UserTasks userTasks;
    @Autowired Forms forms;
    @Autowired ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"scr-review.bpmn", "publication.bpmn"})
    void everyUserTaskHasAServiceBoundToItsFormAndEveryDelegateResolves(String diagram) throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(diagram)) {
            model = Bpmn.readModelFromStream(in);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            assertThat(userTasks.handler(task.getId()).formId()).as(task.getId()).isEqualTo(formRef);
            assertThat(forms.exists(formRef)).as(formRef).isTrue();
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{|}$", "");
            assertThat(context.containsBean(bean)).as(bean).isTrue();
        }
    }
}
