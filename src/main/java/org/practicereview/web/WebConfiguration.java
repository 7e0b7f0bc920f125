package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.practicereview.workflow.EngineCallers;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

    /** The GOV.UK stylesheet asks for its images and fonts under /assets. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_ASSETS);
    }

    /**
     * Requests our own controllers serve are the application's calls to the engine: it has applied its
     * access rules. Camunda's webapps and their engine API are servlets of their own, never marked, so
     * Camunda's authorizations hold for them (workflow.EngineCallers).
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                EngineCallers.enterApplication();
                return true;
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
                EngineCallers.leaveApplication();
            }
        });
    }

    @Bean
    FilterRegistrationBean<StartingUpFilter> startingUp(ApplicationAvailability availability) {
        FilterRegistrationBean<StartingUpFilter> bean = new FilterRegistrationBean<>(new StartingUpFilter(availability));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthentication(IdentityService identity) {
        FilterRegistrationBean<EngineAuthenticationFilter> bean = new FilterRegistrationBean<>(new EngineAuthenticationFilter(identity));
        // Just after Spring Security, so the signed-in user is known.
        bean.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return bean;
    }
}
