package org.practicereview.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and scheme as the application sees them (sign-in throttling, HSTS). Only a
 * request that arrives from a configured trusted proxy ({@code practice-review.trusted-proxies}:
 * addresses or CIDR ranges of the load balancers) may say, in {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}, whom it forwards and whether over HTTPS; the client is the nearest
 * address in the chain that is not itself a trusted proxy. From anywhere else the headers are
 * ignored, so nobody can pose as another address to use up its throttle.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    TrustedProxies(@Value("${practice-review.trusted-proxies:}") List<String> trusted) {
        this.trusted = trusted.stream().map(String::strip).filter(t -> !t.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        boolean https = "https".equalsIgnoreCase(String.valueOf(request.getHeader("X-Forwarded-Proto")).strip());
        chain.doFilter(new Forwarded(request, client, https || request.isSecure()), response);
    }

    /** The nearest address, from the right, that is not a trusted proxy; the proxy itself if the chain is unusable. */
    String client(String proxy, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return proxy;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP.matcher(hop).matches()) {
                return proxy;
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    private boolean trusted(String address) {
        if (address == null) {
            return false;
        }
        for (IpAddressMatcher matcher : trusted) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean secure;

        Forwarded(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }
    }
}
