package org.practicereview.identity.camunda;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's webapps (Cockpit, Tasklist, Admin), when switched on with
 * {@code practice-review.camunda-webapps.enabled}: the container-based authentication filter takes
 * the signed-in administrator from Spring Security. It runs after Spring Security's filter chain (so
 * the user is known) and before the webapps' own filters, which Camunda appends after all others.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", havingValue = "true", matchIfMissing = true)
class CamundaWebappsConfiguration {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String path) {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("practiceReviewCamundaAuthentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SignedInAdministratorProvider.class.getName());
        registration.addUrlPatterns(path + "/app/*", path + "/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
