package org.practicereview.workflow;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

    /** One clock for the application and the engine: see {@link EngineClock}. */
    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
