package org.practicereview.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person posted when the page could not take it (their session had ended), kept in their new
 * session until they have signed in again and the page they posted from puts it back, once. The
 * CSRF token is not kept, and the sign-in page's own posts (a password) never are.
 */
public record KeptInput(String path, LinkedHashMap<String, ArrayList<String>> values) implements Serializable {

    private static final String ATTRIBUTE = KeptInput.class.getName();
    private static final String CSRF_PARAMETER = "_csrf";

    /** Keeps what this request posted, for the page at its address (path and query). */
    public static void keep(HttpServletRequest request) {
        LinkedHashMap<String, ArrayList<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!CSRF_PARAMETER.equals(name)) {
                values.put(name, new ArrayList<>(List.of(given)));
            }
        });
        request.getSession(true).setAttribute(ATTRIBUTE, new KeptInput(address(request), values));
    }

    /** The address of the page whose input is waiting, if any: where to go after signing in. */
    public static Optional<String> waitingAt(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptInput kept)) {
            return Optional.empty();
        }
        return Optional.of(kept.path()).filter(p -> p.startsWith("/") && !p.startsWith("//"));
    }

    /** The input kept for this page's address, removed from the session: it is put back once. */
    public static Optional<MultiValueMap<String, String>> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof KeptInput kept)
                || !kept.path().equals(address(request))) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (Map.Entry<String, ArrayList<String>> e : kept.values().entrySet()) {
            values.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Optional.of(values);
    }

    private static String address(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
