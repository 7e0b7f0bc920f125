package org.practicereview.publication.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file far over the limit is cut off before any controller sees it: back to its page with the message. */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.matches("/cases/[A-Za-z0-9-]+/publication/uploads")
                ? "redirect:" + path + "?tooLarge" : "redirect:/";
    }
}
