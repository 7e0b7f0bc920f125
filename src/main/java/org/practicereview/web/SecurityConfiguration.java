package org.practicereview.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach which address. Pages of the application sit behind form sign-in with CSRF on every
 * form and strict headers; only the public "Learning from Reviews" pages, the sign-in page and the
 * static assets are open. Camunda's own webapps have their own chain: administrators only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Camunda's webapps: administrators only, signed in through our sign-in page (the webapps take
     * the user from here, see identity.camunda). Switched off, nothing is served under /camunda and
     * everyone gets the same 404.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AuthenticationProvider throttled, AuthenticationEventPublisher events,
                                       @Value("${camunda.bpm.webapp.enabled:true}") boolean enabled) throws Exception {
        // Matched on the whole path: the webapps' REST resources are servlets of their own, which a
        // plain "/camunda/**" (matched as Spring MVC would, within the servlet) lets through.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authenticationManager(signInManager(throttled, events))
                .authorizeHttpRequests(a -> {
                    if (enabled) {
                        a.anyRequest().hasRole("ADMIN");
                    } else {
                        a.anyRequest().permitAll();
                    }
                })
                .formLogin(f -> f.loginPage("/sign-in"))
                // Relative, as on the application's chain: an absolute address would be built from the Host header.
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                // Camunda's webapps carry their own CSRF protection and security headers.
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    /**
     * A password sign-in manager of a chain's own, without the global one as parent: given the same
     * provider as parent, a wrong password was checked, and counted as a failure, twice.
     */
    private static ProviderManager signInManager(AuthenticationProvider throttled, AuthenticationEventPublisher events) {
        ProviderManager signIn = new ProviderManager(throttled);
        signIn.setAuthenticationEventPublisher(events);
        return signIn;
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/sign-in");
        page.setFavorRelativeUris(true);
        return page;
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, AuthenticationProvider throttled,
                                    SignInFailureHandler failures, AuthenticationEventPublisher events) throws Exception {
        http.authenticationManager(signInManager(throttled, events))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/learning-from-reviews", "/learning-from-reviews/**",
                                "/accessibility", "/privacy", "/cookies", "/sign-in", "/error",
                                "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/signed-out").permitAll()
                        // Liveness and readiness for the platform's probes: UP or not, no details.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        // A one-time sign-in link is opened signed out (administration.web.AccountController).
                        .requestMatchers("/sign-in/link/*").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        // The auditor's pages read and never change: GET only, auditors only; the one
                        // exception signs a checkpoint of the trail (it adds, never changes).
                        .requestMatchers(HttpMethod.GET, "/audit", "/audit/**").hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/audit/checkpoints").hasRole("AUDITOR")
                        .requestMatchers("/audit", "/audit/**").denyAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler(new BackToKeptInput()).failureHandler(failures))
                // A form posted after the session ended: sign in again, and what was typed is put back.
                // The sign-in page's address is relative: an absolute one would be built from the Host header.
                .exceptionHandling(e -> e.accessDeniedHandler(new SessionEndedHandler()).authenticationEntryPoint(signInPage()))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out").deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .contentTypeOptions(c -> {})
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
