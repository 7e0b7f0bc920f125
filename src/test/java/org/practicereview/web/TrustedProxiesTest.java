package org.practicereview.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Whom a request comes from, as the throttle and HSTS see it, with 10.99.0.0/16 as the load balancers. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.99.0.0/16", " 2001:db8::/32 "));

    @Test
    void takesTheNearestUntrustedAddressOfTheChainFromATrustedProxy() throws Exception {
        assertThat(seen("10.99.0.7", "198.51.100.1, 192.0.2.10, 10.99.3.4").getRemoteAddr()).isEqualTo("192.0.2.10");
        assertThat(seen("2001:db8::1", "192.0.2.11").getRemoteAddr()).isEqualTo("192.0.2.11");
    }

    @Test
    void ignoresTheHeadersFromAnyoneElseAndAChainThatIsNotAddresses() throws Exception {
        assertThat(seen("198.51.100.9", "192.0.2.10").getRemoteAddr()).isEqualTo("198.51.100.9");
        assertThat(seen("10.99.0.7", "192.0.2.10, evil.example").getRemoteAddr()).isEqualTo("10.99.0.7");
        assertThat(seen("10.99.0.7", null).getRemoteAddr()).isEqualTo("10.99.0.7");
    }

    @Test
    void believesHttpsOnlyFromATrustedProxy() throws Exception {
        MockHttpServletRequest viaProxy = request("10.99.0.7", "192.0.2.10");
        viaProxy.addHeader("X-Forwarded-Proto", "https");
        MockHttpServletRequest direct = request("198.51.100.9", null);
        direct.addHeader("X-Forwarded-Proto", "https");

        assertThat(filtered(viaProxy).isSecure()).isTrue();
        assertThat(filtered(direct).isSecure()).isFalse();
    }

    private HttpServletRequest seen(String remote, String forwardedFor) throws Exception {
        return filtered(request(remote, forwardedFor));
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private HttpServletRequest filtered(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        proxies.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
