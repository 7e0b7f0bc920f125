package org.practicereview.referral.api;

import org.practicereview.identity.ApiTokens;
import org.practicereview.identity.SignInThrottle;
import org.practicereview.identity.SystemAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The API's own filter chain, between Camunda's (1) and the pages' (3): stateless, no session and
 * no cookies, so no CSRF; agency system accounts only, by token or HTTP Basic; every refusal a
 * problem detail. The OpenAPI document is public. The engine authentication is set for every
 * request by the application-wide EngineAuthenticationFilter, which runs after this chain.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SystemAccounts accounts, UserDetailsService users,
                            PasswordEncoder encoder, SignInThrottle throttle, ProblemResponses responses,
                            @Value("${practice-review.api.max-request-bytes:524288}") long maxRequestBytes)
            throws Exception {
        ApiAuthenticationProblems problems = new ApiAuthenticationProblems(responses);
        // Our own manager without a parent: the application's sign-in provider must not answer here.
        ProviderManager basic = new ProviderManager(new SystemAccountBasicAuthentication(users, encoder, throttle, accounts));
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                .authenticationManager(basic)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json", "/api/openapi.json/**").permitAll()
                        // The administration API (administration.api): administrators' system accounts only.
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().hasRole("AGENCY"))
                .addFilterBefore(new ApiFaults(responses), DisableEncodeUrlFilter.class)
                .addFilterBefore(new ApiRequestSize(maxRequestBytes, responses), DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP)).frameOptions(f -> f.deny()));
        return http.build();
    }
}
