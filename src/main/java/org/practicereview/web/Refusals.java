package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page says when it cannot do what was asked, for whatever no controller answered itself.
 * A rule that refuses (not in this state, not yet, already done) is told in its own words with 409;
 * a true fault gets a short reference, shown on the error page and written in the one log line about
 * it, which names the kinds of exception and where it happened but none of its messages (a message
 * may quote what was typed or stored). Runs after Spring's own resolvers, so 404, 405 and the like
 * keep their answers, and lets Spring Security answer a refused access; the page itself is the
 * application's error page, with its layout, reached through the servlet container's error dispatch
 * ({@link ErrorPageAttributes} puts the words or the reference on it).
 */
@Component
class Refusals implements HandlerExceptionResolver, Ordered {

    static final String PROBLEM = Refusals.class.getName() + ".problem";
    static final String REFERENCE = Refusals.class.getName() + ".reference";

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    private static final char[] REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (response.isCommitted() || ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            return null;
        }
        try {
            if (ex instanceof BusinessRuleException || ex instanceof TaskNotAvailableException) {
                request.setAttribute(PROBLEM, ex.getMessage());
                response.sendError(HttpServletResponse.SC_CONFLICT);
            } else {
                String reference = reference();
                log.error("Fault {} answering {} {}: {}", reference, request.getMethod(), request.getRequestURI(), kindOf(ex));
                request.setAttribute(REFERENCE, reference);
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        } catch (IOException clientGone) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Eight letters and digits that cannot be mistaken for each other, in two groups: "K7Q2-M9XD". */
    static String reference() {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_LETTERS[RANDOM.nextInt(REFERENCE_LETTERS.length)]);
        }
        return reference.toString();
    }

    /** The exception's kinds, outermost first, and the application's line that met it: never a message. */
    static String kindOf(Throwable fault) {
        StringBuilder kinds = new StringBuilder();
        for (Throwable t = fault; t != null && kinds.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            kinds.append(kinds.isEmpty() ? "" : " caused by ").append(t.getClass().getName());
        }
        for (StackTraceElement frame : fault.getStackTrace()) {
            if (frame.getClassName().startsWith("org.practicereview.")) {
                return kinds + " at " + frame;
            }
        }
        return kinds.toString();
    }
}
