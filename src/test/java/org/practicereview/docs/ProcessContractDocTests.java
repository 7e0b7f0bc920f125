package org.practicereview.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.workflow.UserTasks;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** docs/process-contract.md is what the diagrams and the beans bound to them say (a test renders and compares it). */
@IntegrationTest
class ProcessContractDocTests {

    static final Path FILE = Path.of("docs/process-contract.md");
    static final String REGENERATE = "mvn verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProcessContractDocTests -Ddocs.write=true";

    @Autowired ApplicationContext context;
    @Autowired UserTasks userTasks;

    @Test
    void theCommittedContractIsWhatTheDiagramsAndTheCodeSay() throws IOException {
        ProcessContract contract = new ProcessContract(Path.of("processes"), new ProcessContract.Bindings(
                task -> AopUtils.getTargetClass(userTasks.handler(task)),
                bean -> bean != null && context.containsBean(bean) ? AopUtils.getTargetClass(context.getBean(bean)) : null));

        GeneratedDocs.writeOrCheck(FILE, contract.render(Files.readString(FILE)), REGENERATE);
    }
}
