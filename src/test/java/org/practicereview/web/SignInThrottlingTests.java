package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicereview.IntegrationTest;
import org.practicereview.identity.NewUser;
import org.practicereview.identity.SignInThrottle;
import org.practicereview.identity.Users;
import org.practicereview.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The probe's findings on sign-in: each failure counted twice, a stranger locking a named user out,
 * every client behind the load balancer sharing one address, and every failure a trail event. The
 * test configuration trusts 10.99.0.0/16 as the load balancer.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInThrottlingTests {

    private static final String PASSWORD = "correct horse battery";
    private static final String PROXY = "10.99.0.7";

    @Autowired MockMvc mvc;
    @Autowired Users users;
    @Autowired SignInThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("camundaWebapps") SecurityFilterChain camundaWebapps;

    @Test
    void countsEachFailedSignInOnce() throws Exception {
        user("throttle.once");

        signIn("throttle.once", "wrong", "203.0.113.1");

        assertThat(failures("throttle.once")).isEqualTo(1);
    }

    /**
     * The webapps' chain signs in with a manager of its own too: built with the global manager as its
     * parent, one wrong password given to it was checked, and counted, twice.
     */
    @Test
    void countsAFailedSignInThroughTheCamundaWebappsChainOnce() throws Exception {
        user("throttle.webapps");
        UsernamePasswordAuthenticationFilter signIn = camundaWebapps.getFilters().stream()
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance).map(UsernamePasswordAuthenticationFilter.class::cast)
                .findFirst().orElseThrow();
        AuthenticationManager manager = ReflectionTestUtils.invokeMethod(signIn, "getAuthenticationManager");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in");
        request.setRemoteAddr("203.0.113.200");
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("throttle.webapps", "wrong");
        attempt.setDetails(new WebAuthenticationDetails(request));

        assertThatThrownBy(() -> manager.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        assertThat(failures("throttle.webapps")).isEqualTo(1);
    }

    @Test
    void makesAnAccountWaitLongerAfterEachFailureButNeverLocksItsOwnerOutForLong() throws Exception {
        user("throttle.wait");
        for (int i = 0; i < 3; i++) {
            signIn("throttle.wait", "wrong", "203.0.113." + (10 + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("throttle.wait", "203.0.113." + (13 + i));
        }

        signIn("throttle.wait", PASSWORD, "198.51.100.20").andExpect(header().string("Location", startsWith("/sign-in?throttled=")));
        assertThat(failures("throttle.wait")).as("a refused attempt is not another failure").isEqualTo(6);
        assertThat(throttle.wait("throttle.wait", "198.51.100.20")).hasValueSatisfying(
                wait -> assertThat(wait.getSeconds()).isBetween(1L, 8L));
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("throttle.wait", "203.0.113." + (20 + i));
        }
        assertThat(throttle.wait("throttle.wait", "198.51.100.20")).hasValueSatisfying(
                wait -> assertThat(wait.getSeconds()).isBetween(50L, 60L));
        mvc.perform(get("/sign-in").param("throttled", "60"))
                .andExpect(content().string(containsString("Wait 1 minute, then try again")));
    }

    @Test
    void takesTheClientAddressFromATrustedProxyOnly() throws Exception {
        user("throttle.proxy");

        signIn("throttle.proxy", "wrong", PROXY, "192.0.2.44");
        signIn("throttle.proxy", "wrong", "198.51.100.9", "192.0.2.45");

        assertThat(addresses("throttle.proxy")).containsExactlyInAnyOrder("192.0.2.44", "198.51.100.9");
    }

    @Test
    void clientsBehindTheLoadBalancerDoNotShareOneAddressesThrottle() throws Exception {
        user("throttle.shared");
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("stranger" + i, "192.0.2.66");
        }

        signIn("throttle.shared", PASSWORD, PROXY, "192.0.2.67").andExpect(redirectedUrl("/home"));
        signIn("throttle.shared", PASSWORD, PROXY, "192.0.2.66").andExpect(header().string("Location", startsWith("/sign-in?throttled=")));
    }

    @Test
    void keepsFailuresOutOfTheTrailAndLetsTheAdministratorClearAnAccount() throws Exception {
        user("throttle.clear");
        long before = trailEvents();
        for (int i = 0; i < 5; i++) {
            signIn("throttle.clear", "wrong", "203.0.113.9" + i);
        }

        assertThat(trailEvents()).isEqualTo(before);
        throttle.clearFailures("throttle.clear");
        signIn("throttle.clear", PASSWORD, "203.0.113.99").andExpect(redirectedUrl("/home"));
    }

    @Test
    void raisesAFlagForTheAdministratorOnABurstOfFailures() {
        jdbc.sql("delete from sign_in_failure").update();
        assertThat(throttle.burst()).isEmpty();

        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("burst" + i, "192.0.2." + (i % 50));
        }

        assertThat(throttle.burst()).hasValueSatisfying(b -> assertThat(b.failures()).isEqualTo(100));
        jdbc.sql("delete from sign_in_failure").update();
    }

    @Test
    void sendsHstsOverHttpsDirectOrFromTheTrustedProxyOnly() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/sign-in").with(from(PROXY, "192.0.2.1")).header("X-Forwarded-Proto", "https"))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(get("/sign-in").with(from("198.51.100.3", "192.0.2.1")).header("X-Forwarded-Proto", "https"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void buildsRedirectsAndTheApiServerFromThePublicAddressNeverTheHostHeader() throws Exception {
        mvc.perform(get("/tasks").header("Host", "evil.example"))
                .andExpect(header().string("Location", "/sign-in"));
        mvc.perform(get("/api/openapi.json").header("Host", "evil.example"))
                .andExpect(content().string(containsString("\"url\":\"https://reviews.northshire.example\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));
    }

    private void user(String name) {
        if (!users.exists(name)) {
            users.create(new NewUser(name, "Throttle Test", null, Set.of(Role.PRG_MEMBER), null, PASSWORD));
        }
    }

    private ResultActions signIn(String username, String password, String remote) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(r -> { r.setRemoteAddr(remote); return r; })
                .param("username", username).param("password", password));
    }

    private ResultActions signIn(String username, String password, String remote, String forwardedFor) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(remote, forwardedFor))
                .param("username", username).param("password", password));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String remote, String client) {
        return r -> {
            r.setRemoteAddr(remote);
            r.addHeader("X-Forwarded-For", client);
            return r;
        };
    }

    private long failures(String username) {
        return jdbc.sql("select count(*) from sign_in_failure where username = ?").param(username).query(Long.class).single();
    }

    private java.util.List<String> addresses(String username) {
        return jdbc.sql("select address from sign_in_failure where username = ?").param(username).query(String.class).list();
    }

    private long trailEvents() {
        return jdbc.sql("select count(*) from trail_event").query(Long.class).single();
    }
}
