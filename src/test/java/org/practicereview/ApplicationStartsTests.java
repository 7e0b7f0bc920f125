package org.practicereview;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.practicereview.workflow.Forms;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApplicationStartsTests {

    @Autowired RepositoryService repository;
    @Autowired Forms forms;

    @Test
    void deploysEveryProcessDecisionAndFormInOneDeployment() {
        var deployments = repository.createDeploymentQuery().list();
        assertThat(deployments).hasSize(1);
        var resources = repository.getDeploymentResourceNames(deployments.get(0).getId());
        assertThat(resources.stream().filter(r -> r.endsWith(".form")).count()).isEqualTo(forms.all().size());
    }
}
