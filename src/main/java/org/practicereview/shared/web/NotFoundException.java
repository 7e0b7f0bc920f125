package org.practicereview.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Shown as the plain "Page not found" page: also used when a user may not see a case, so as not to tell them it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found", null, false, false);
    }
}
