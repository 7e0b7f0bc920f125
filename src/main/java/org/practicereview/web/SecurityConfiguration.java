package org.practicereview.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, AuthenticationProvider throttled) throws Exception {
        http.securityMatcher("/camunda/**")
                .authenticationProvider(throttled)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .formLogin(f -> f.loginPage("/sign-in"))
                // Camunda's webapps carry their own CSRF protection and security headers.
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, AuthenticationProvider throttled,
                                    SignInFailureHandler failures) throws Exception {
        http.authenticationProvider(throttled)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/learning-from-reviews", "/learning-from-reviews/**",
                                "/accessibility", "/privacy", "/cookies", "/sign-in", "/error",
                                "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/signed-out").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/home", true).failureHandler(failures))
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
