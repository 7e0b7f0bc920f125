package org.practicereview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import org.practicereview.shared.BusinessRuleException;
import org.practicereview.workflow.TaskNotAvailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What a page says when it cannot do what was asked. A rule that refuses (not in this state, not
 * yet, already done) is told in its own words with status 409; a true fault gets a short reference,
 * shown on the page and written in the one log line about it, which names the kind of fault and where
 * it happened but none of its message (a message may quote what was typed or stored). Pages that
 * handle their own refusals (a task's form keeps what was typed) do so before this.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    private static final char[] REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @ExceptionHandler({BusinessRuleException.class, TaskNotAvailableException.class})
    String refused(RuntimeException refusal, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("status", HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", refusal.getMessage());
        model.addAttribute("problems", java.util.List.of(new org.practicereview.workflow.FieldError(null, refusal.getMessage())));
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String fault(Exception fault, HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        if (answeredElsewhere(fault)) {
            throw fault; // the same exception: Spring's own resolvers and Spring Security answer it (404, 403, 405 ...)
        }
        String reference = reference();
        log.error("Fault {} answering {} {}: {}", reference, request.getMethod(), request.getRequestURI(), kindOf(fault));
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("status", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("reference", reference);
        return "error";
    }

    private static boolean answeredElsewhere(Exception e) {
        return e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class);
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
