package org.practicereview.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the container refuses before any controller sees it — a file far over the limit, or
 * one whose name the multipart parser rejects (a NUL character, say) — goes back to its page with
 * a message, never to an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        return back(request, "tooLarge");
    }

    @ExceptionHandler(MultipartException.class)
    String unreadable(HttpServletRequest request) {
        return back(request, "unreadable");
    }

    private static String back(HttpServletRequest request, String problem) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.matches("/action-plans/[A-Za-z0-9-]+/actions/\\d+/progress")) {
            return "redirect:" + path.substring(0, path.length() - "/progress".length()) + "?" + problem;
        }
        return path.matches("/cases/[A-Za-z0-9-]+/(publication/uploads|serious-incident/notification-copy)")
                ? "redirect:" + path + "?" + problem : "redirect:/";
    }
}
